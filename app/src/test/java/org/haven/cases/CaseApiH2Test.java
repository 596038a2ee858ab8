package org.haven.cases;

import org.haven.support.HavenApiTest;

@HavenApiTest
class CaseApiH2Test extends CaseApiScenarios {}
