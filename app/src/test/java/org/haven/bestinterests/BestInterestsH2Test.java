package org.haven.bestinterests;

import org.haven.support.HavenApiTest;

@HavenApiTest
class BestInterestsH2Test extends BestInterestsScenarios {}
