package org.haven.reporting;

import org.haven.support.HavenApiTest;

@HavenApiTest
class ReportH2Test extends ReportScenarios {}
