package org.haven.cases;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class CaseApiPostgresTest extends CaseApiScenarios {}
