package org.haven.bestinterests;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class BestInterestsPostgresTest extends BestInterestsScenarios {}
