package org.haven.locations;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class LocationApiPostgresTest extends LocationApiScenarios {}
