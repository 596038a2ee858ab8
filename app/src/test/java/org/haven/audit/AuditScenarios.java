package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Reads, writes and refusals end up in the hash-chained audit log, and tampering is detected. */
abstract class AuditScenarios extends ApiTestSupport {
  @Autowired
  AuditVerification verification;
  @Autowired
  JdbcClient jdbc;

  @Test
  void readsWritesAndRefusalsOfACaseAreAudited() {
    UUID agency = createAgency("ngo");
    TestUser owner = createUser(agency, "caseworker");
    TestUser colleague = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    JsonNode created = owner.api().post("/api/v1/cases", Api.object().put("givenName", "Amal").put("sex", "female"))
        .body();
    String id = created.get("id").asText();
    owner.api().get("/api/v1/cases/" + id);
    assertThat(colleague.api().get("/api/v1/cases/" + id).status()).isEqualTo(403);

    Api.Response audit = supervisor.api().get("/api/v1/audit?recordId=" + id);

    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body().findValuesAsString("action")).contains("case.create", "case.read");
    JsonNode denied = null;
    for (JsonNode event : audit.body()) {
      if (event.get("outcome").asText().equals("denied")) {
        denied = event;
      }
    }
    assertThat(denied).isNotNull();
    assertThat(denied.get("userId").asText()).isEqualTo(colleague.id().toString());
    assertThat(denied.get("action").asText()).isEqualTo("case.read");
    assertThat(denied.get("at").asText()).isNotBlank();
  }

  @Test
  void concurrentReadsAreAllChainedAndTheChainStaysIntact() throws Exception {
    UUID agency = createAgency("ngo");
    TestUser owner = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    String id = owner.api().post("/api/v1/cases", Api.object().put("givenName", "Hana").put("sex", "female")).body()
        .get("id").asText();
    int threads = 8;
    int readsEach = 5;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        reads.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < readsEach; i++) {
            ok += owner.api().get("/api/v1/cases/" + id).status() == 200 ? 1 : 0;
          }
          return ok;
        }));
      }
      for (var read : reads) {
        assertThat(read.get()).isEqualTo(readsEach);
      }
    } finally {
      pool.shutdown();
    }

    JsonNode audit = supervisor.api().get("/api/v1/audit?recordId=" + id + "&size=1000").body();

    assertThat(audit.findValuesAsString("action").stream().filter("case.read"::equals)).hasSize(threads * readsEach);
    List<Long> seqs = audit.findValues("seq").stream().map(JsonNode::asLong).toList();
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
    assertThat(verification.verify().intact()).isTrue();
  }

  @Test
  void caseworkersCannotReadTheAuditLog() {
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    assertThat(caseworker.api().get("/api/v1/audit").status()).isEqualTo(403);
  }

  @Test
  void theChainIsIntactAndAnyEditIsDetected() {
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    caseworker.api().post("/api/v1/cases", Api.object().put("givenName", "Karim").put("sex", "male"));
    assertThat(verification.verify().intact()).isTrue();

    long seq = jdbc.sql("select max(seq) from audit_events").query(Long.class).single();
    String purpose = jdbc.sql("select purpose from audit_events where seq = ?").param(seq).query(String.class)
        .optional().orElse(null);
    jdbc.sql("update audit_events set purpose = 'edited' where seq = ?").param(seq).update();
    try {
      AuditVerification.Result result = verification.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    } finally {
      jdbc.sql("update audit_events set purpose = ? where seq = ?").params(purpose, seq).update();
    }
    assertThat(verification.verify().intact()).isTrue();
  }
}
