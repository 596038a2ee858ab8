package org.haven.identity;

import org.haven.support.HavenApiTest;

@HavenApiTest
class AuthenticationH2Test extends AuthenticationScenarios {}
