package org.haven.casework;

import org.haven.support.HavenApiTest;

@HavenApiTest
class CaseworkH2Test extends CaseworkScenarios {}
