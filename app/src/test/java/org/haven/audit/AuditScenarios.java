package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
