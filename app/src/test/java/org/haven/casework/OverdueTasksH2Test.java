package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.HavenApiTest;
import org.haven.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Work not done in time shows as overdue, to the caseworker and to the team, the moment its deadline
 * passes; done, it leaves both lists. The application's clock is moved ahead instead of waiting a day.
 */
@HavenApiTest
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "haven.security.token-ttl=30d")
class OverdueTasksH2Test extends CaseworkFixtures {
  @Autowired
  MovableClock clock;

  @Test
  void aReferralProposedOnATraffickingFlagIsOverdueAfterTwentyFourHours() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    String caseId = register(caseworker, Api.json("{\"givenName\": \"Yonas\", \"sex\": \"male\", \"ageYears\": 16}"));
    Api.Response screened = caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"respondent": "child", "answers": [{"code": "unodc_travel_unaccompanied", "answer": "yes"},
                     {"code": "dtm_forced_to_work", "answer": "yes"}]}"""));
    assertThat(screened.status()).as("%s", screened).isEqualTo(201);
    assertThat(screened.body().get("flag").asText()).isEqualTo("trafficking_indicators");

    JsonNode proposed = only(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=due")), caseId));
    assertThat(proposed.get("kind").asText()).isEqualTo("referral_proposed");
    assertThat(proposed.get("overdue").asBoolean()).isFalse();
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId)).isEmpty();

    clock.moveAhead(Duration.ofHours(23).plusMinutes(58));
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId))
        .as("still due a minute before the deadline").isEmpty();

    clock.moveAhead(Duration.ofMinutes(3));
    JsonNode late = only(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId));
    assertThat(late.get("id").asText()).isEqualTo(proposed.get("id").asText());
    assertThat(late.get("overdue").asBoolean()).isTrue();
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=due")), caseId)).isEmpty();
    assertThat(ofCase(items(supervisor.api().get("/api/v1/tasks/team?filter=overdue")), caseId))
        .as("the team sees it too").hasSize(1);

    Api.Response done = caseworker.api().post("/api/v1/tasks/" + late.get("id").asText() + "/complete", null,
        "\"" + late.get("version").asLong() + "\"");
    assertThat(done.status()).as("%s", done).isEqualTo(200);
    assertThat(done.body().get("overdue").asBoolean()).as("done is not overdue").isFalse();
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId)).isEmpty();
    assertThat(ofCase(items(supervisor.api().get("/api/v1/tasks/team?filter=overdue")), caseId)).isEmpty();
  }

  private static JsonNode only(List<JsonNode> tasks) {
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
