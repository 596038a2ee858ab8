package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules only use each other's APIs, and none depends on another in a cycle. */
class ModularityTests {
  private final ApplicationModules modules = ApplicationModules.of(HavenApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void documentsEveryModule() throws Exception {
    Documenter documenter = new Documenter(modules);
    documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

    // Spring Modulith's default output folder, under the module's build directory.
    Path docs = Path.of("target", "spring-modulith-docs");
    String overview = Files.readString(docs.resolve("components.puml"));
    for (String module : new String[] {"identity", "audit", "locations", "forms", "cases", "tracing", "assessment",
        "casework", "bestinterests", "reporting", "web"}) {
      assertThat(overview).as("the overview diagram names %s", module).containsIgnoringCase(module);
      assertThat(docs.resolve("module-" + module + ".puml")).exists();
    }
  }
}
