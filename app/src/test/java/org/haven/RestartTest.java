package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.haven.audit.AuditVerification;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.FreshPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A server stopped and started again on the same data has lost nothing, and its audit chain holds. */
class RestartTest {
  @TempDir
  Path dataDir;

  @Test
  void nothingIsLostAcrossARestartOnTheEmbeddedDatabase() {
    survivesRestart("--haven.data-dir=" + dataDir);
  }

  @Test
  void nothingIsLostAcrossARestartOnPostgres() {
    String database = FreshPostgresDatabase.create();
    survivesRestart("--haven.db.url=" + FreshPostgresDatabase.urlOf(database), "--haven.db.user=postgres");
  }

  private void survivesRestart(String... databaseArgs) {
    String id;
    String etag;
    try (ConfigurableApplicationContext first = start(databaseArgs)) {
      Api admin = login(first);
      JsonNode created = admin.post("/api/v1/cases", Api.object().put("givenName", "Samir").put("sex", "male")
          .put("placeOfOrigin", "Idlib")).body();
      id = created.get("id").asText();
      Api.Response updated = admin.put("/api/v1/cases/" + id, ((tools.jackson.databind.node.ObjectNode) created)
          .put("riskLevel", "high"), "\"1\"");
      etag = updated.header("ETag");
    }
    try (ConfigurableApplicationContext second = start(databaseArgs)) {
      Api.Response read = login(second).get("/api/v1/cases/" + id);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.header("ETag")).isEqualTo(etag);
      assertThat(read.body().get("riskLevel").asText()).isEqualTo("high");
      assertThat(read.body().get("placeOfOrigin").asText()).isEqualTo("Idlib");
      assertThat(login(second).get("/api/v1/cases/" + id + "/history").body()).hasSize(2);
      assertThat(second.getBean(AuditVerification.class).verify().intact()).isTrue();
    }
  }

  private static ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--server.port=0";
    all[1] = "--HAVEN_ADMIN_PASSWORD=" + ApiTestSupport.ADMIN_PASSWORD;
    System.arraycopy(args, 0, all, 2, args.length);
    return new SpringApplicationBuilder(HavenApplication.class).run(all);
  }

  private static Api login(ConfigurableApplicationContext context) {
    String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    Api.Response token = new Api(base, null).post("/api/v1/auth/token",
        Api.object().put("username", "admin").put("password", ApiTestSupport.ADMIN_PASSWORD));
    return new Api(base, token.body().get("token").asText());
  }
}
