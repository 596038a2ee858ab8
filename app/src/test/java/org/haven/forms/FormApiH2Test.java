package org.haven.forms;

import org.haven.support.HavenApiTest;

@HavenApiTest
class FormApiH2Test extends FormApiScenarios {}
