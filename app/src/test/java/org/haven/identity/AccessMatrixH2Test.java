package org.haven.identity;

import org.haven.support.HavenApiTest;

@HavenApiTest
class AccessMatrixH2Test extends AccessMatrixScenarios {}
