package org.haven.audit;

import org.haven.support.HavenApiTest;

@HavenApiTest
class AuditH2Test extends AuditScenarios {}
