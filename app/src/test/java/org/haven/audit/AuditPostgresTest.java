package org.haven.audit;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class AuditPostgresTest extends AuditScenarios {}
