package org.haven.bestinterests;

import org.haven.support.HavenApiTest;
import org.springframework.context.annotation.Import;

@HavenApiTest
@Import(RecordedEvents.class)
class BestInterestsH2Test extends BestInterestsScenarios {}
