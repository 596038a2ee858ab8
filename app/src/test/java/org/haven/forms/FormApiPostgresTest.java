package org.haven.forms;

import org.haven.support.HavenPostgresApiTest;

@HavenPostgresApiTest
class FormApiPostgresTest extends FormApiScenarios {}
