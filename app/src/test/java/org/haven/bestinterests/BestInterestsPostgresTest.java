package org.haven.bestinterests;

import org.haven.support.HavenPostgresApiTest;
import org.springframework.context.annotation.Import;

@HavenPostgresApiTest
@Import(RecordedEvents.class)
class BestInterestsPostgresTest extends BestInterestsScenarios {}
