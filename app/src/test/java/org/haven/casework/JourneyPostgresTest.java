package org.haven.casework;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class JourneyPostgresTest extends JourneyScenarios {}
