package org.haven.locations;

import org.haven.support.HavenApiTest;

@HavenApiTest
class LocationApiH2Test extends LocationApiScenarios {}
