package org.haven.identity;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class AuthenticationPostgresTest extends AuthenticationScenarios {}
