package org.haven.tracing;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class TracingApiPostgresTest extends TracingApiScenarios {}
