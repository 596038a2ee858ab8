package org.haven.identity;

import org.haven.support.HavenApiTest;

@HavenApiTest
class AccessMatrixCaseworkH2Test extends AccessMatrixCaseworkScenarios {}
