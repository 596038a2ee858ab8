package org.haven.reporting;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class ReportPostgresTest extends ReportScenarios {}
