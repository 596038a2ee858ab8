package org.haven.casework;

import org.haven.support.HavenApiTest;

@HavenApiTest
class JourneyH2Test extends JourneyScenarios {}
