package org.haven.identity;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class AccessMatrixCaseworkPostgresTest extends AccessMatrixCaseworkScenarios {}
