package org.haven.tracing;

import org.haven.support.HavenApiTest;

@HavenApiTest
class TracingApiH2Test extends TracingApiScenarios {}
