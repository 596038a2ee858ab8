package org.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Family tracing through the HTTP API: requests, matches kept current in the background, their review,
 * duplicate registrations, merge and undo. Run on H2 and PostgreSQL.
 */
abstract class TracingApiScenarios extends ApiTestSupport {
  /** Matching runs in the background; it takes well under a second, this is the limit for a slow machine. */
  private static final Duration MATCHING = Duration.ofSeconds(20);

  private TestUser caseworker;

  @BeforeEach
  void caseworker() {
    caseworker = createUser(createAgency("ngo"), "caseworker");
  }

  @Test
  void aRequestFiledAfterTheCaseExistsFindsItAcrossScriptsAndSpellings() {
    String caseId = register(caseworker, TracingMother.caseOfMohammedInArabic(true));

    Api.Response filed = caseworker.api().post("/api/v1/tracing-requests", TracingMother.requestForMohammed());

    assertThat(filed.status()).as("%s", filed).isEqualTo(201);
    String requestId = filed.body().get("id").asText();
    assertThat(filed.header("Location")).isEqualTo("/api/v1/tracing-requests/" + requestId);
    assertThat(filed.header("ETag")).isEqualTo("\"1\"");
    assertThat(filed.body().get("status").asText()).isEqualTo("open");
    assertThat(filed.body().get("inquirer").get("name").asText()).isEqualTo("Fatima Al-Hassan");
    JsonNode match = awaitMatch(caseworker, requestId, caseId);
    assertThat(match.get("decision").asText()).isIn("match", "review");
    assertThat(match.get("status").asText()).isEqualTo("pending");
    assertThat(match.get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(match.get("matchId").asText()).isNotBlank();
    JsonNode givenName = evidence(match, "givenName");
    assertThat(givenName.get("weight").asDouble()).isPositive();
    assertThat(givenName.get("detail").asText()).startsWith("agrees");
  }

  @Test
  void aCaseRegisteredAfterTheRequestShowsUpInItsMatches() {
    String requestId = file(caseworker, TracingMother.requestForZahra());

    String caseId = register(caseworker, TracingMother.caseOfZahra(true));

    JsonNode match = awaitMatch(caseworker, requestId, caseId);
    assertThat(match.get("status").asText()).isEqualTo("pending");
  }

  @Test
  void aCaseWithoutTracingConsentIsNeverMatchedAndLosingConsentWithdrawsTheMatch() {
    String withoutConsent = register(caseworker, TracingMother.caseOfZahra(false));
    String withConsent = register(caseworker, TracingMother.caseOfZahra(true));

    String requestId = file(caseworker, TracingMother.requestForZahra());

    awaitMatch(caseworker, requestId, withConsent);
    assertThat(caseIdsOfMatches(caseworker, requestId)).doesNotContain(withoutConsent);

    Api.Response read = caseworker.api().get("/api/v1/cases/" + withConsent);
    ObjectNode edited = (ObjectNode) read.body().deepCopy();
    ((ObjectNode) edited.get("consent")).put("tracing", false);
    assertThat(caseworker.api().put("/api/v1/cases/" + withConsent, edited, read.header("ETag")).status())
        .isEqualTo(200);
    await("the match to the case that withdrew consent disappears",
        () -> !caseIdsOfMatches(caseworker, requestId).contains(withConsent));
  }

  @Test
  void aDeletedCaseLeavesTheMatches() {
    String caseId = register(caseworker, TracingMother.caseOfZahra(true));
    String requestId = file(caseworker, TracingMother.requestForZahra());
    awaitMatch(caseworker, requestId, caseId);
    String etag = caseworker.api().get("/api/v1/cases/" + caseId).header("ETag");

    Api.Response deleted = admin().send("DELETE", "/api/v1/cases/" + caseId,
        java.util.Map.of("Content-Type", "application/json", "If-Match", etag), "{\"reason\": \"registered in error\"}");

    assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
    await("the deleted case disappears from the matches", () -> !caseIdsOfMatches(caseworker, requestId)
        .contains(caseId));
  }

  @Test
  void nobodySeesAMatchToACaseOutsideTheirScope() {
    TestUser otherAgency = createUser(createAgency("ngo"), "caseworker");
    String theirCase = register(caseworker, TracingMother.caseOfMohammedInArabic(true));
    String ownCase = register(otherAgency, TracingMother.caseOfMohammedInArabic(true));

    String requestId = file(otherAgency, TracingMother.requestForMohammed());

    awaitMatch(otherAgency, requestId, ownCase);
    JsonNode hidden = awaitMatch(admin(), requestId, theirCase);
    assertThat(caseIdsOfMatches(otherAgency, requestId)).doesNotContain(theirCase);
    String matchId = hidden.get("matchId").asText();
    assertThat(otherAgency.api().get("/api/v1/matches/" + matchId).status()).isEqualTo(403);
    assertThat(otherAgency.api().post("/api/v1/matches/" + matchId + "/decision",
        Api.object().put("decision", "confirmed")).status()).isEqualTo(403);
    assertThat(queue(otherAgency)).doesNotContain(matchId);
    assertThat(caseworker.api().get("/api/v1/tracing-requests/" + requestId).status()).isEqualTo(403);
    assertThat(admin().get("/api/v1/audit?recordId=" + matchId).body().findValuesAsString("outcome"))
        .contains("denied");
  }

  @Test
  void aClosedRequestIsNoLongerMatchedAgainstNewCases() {
    String closedId = file(caseworker, TracingMother.requestForZahra());
    Api.Response read = caseworker.api().get("/api/v1/tracing-requests/" + closedId);
    ObjectNode closing = ((ObjectNode) read.body().deepCopy()).put("status", "closed");
    assertThat(caseworker.api().put("/api/v1/tracing-requests/" + closedId, closing, read.header("ETag")).status())
        .isEqualTo(200);
    String openId = file(caseworker, TracingMother.requestForZahra());

    String caseId = register(caseworker, TracingMother.caseOfZahra(true));

    // Both requests are matched against the new case in one step: once the open one has it, so would the other.
    awaitMatch(caseworker, openId, caseId);
    assertThat(caseIdsOfMatches(caseworker, closedId)).doesNotContain(caseId);
  }

  @Test
  void confirmingAndRejectingAreRecordedAuditedAndIllegalTransitionsAreConflicts() {
    String caseId = register(caseworker, TracingMother.caseOfMohammedInArabic(true));
    String requestId = file(caseworker, TracingMother.requestForMohammed());
    String matchId = awaitMatch(caseworker, requestId, caseId).get("matchId").asText();
    assertThat(queue(caseworker)).contains(matchId);
    List<Double> probabilities = caseworker.api().get("/api/v1/matches?status=pending").body().get("items")
        .findValues("probability").stream().map(JsonNode::asDouble).toList();
    assertThat(probabilities).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    Api.Response confirmed = decide(matchId, Api.object().put("decision", "confirmed").put("note", "mother "
        + "recognised the photo"));
    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
    assertThat(confirmed.body().get("status").asText()).isEqualTo("confirmed");
    assertThat(confirmed.body().get("decidedBy").asText()).isEqualTo(caseworker.id().toString());
    assertThat(confirmed.body().get("note").asText()).isEqualTo("mother recognised the photo");

    Api.Response again = decide(matchId, Api.object().put("decision", "confirmed"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    Api.Response silentFlip = decide(matchId, Api.object().put("decision", "rejected"));
    assertThat(silentFlip.status()).isEqualTo(409);
    assertThat(silentFlip.body().get("detail").asText()).contains("change");
    assertThat(decide(matchId, Api.object().put("decision", "maybe")).body().get("errors").get(0).get("field")
        .asText()).isEqualTo("decision");

    Api.Response changed = decide(matchId, Api.object().put("decision", "rejected").put("change", true)
        .put("note", "birth certificate shows another child"));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("status").asText()).isEqualTo("rejected");
    List<String> actions = admin().get("/api/v1/audit?recordId=" + matchId).body().findValuesAsString("action");
    assertThat(actions.stream().filter("tracing_match.decide"::equals)).hasSize(2);
    assertThat(queue(caseworker)).doesNotContain(matchId);

    // A change of the case re-matches it; a rejected pair stays rejected. The second request is
    // matched after the change on the same queue, so once it has its match the change was handled.
    Api.Response read = caseworker.api().get("/api/v1/cases/" + caseId);
    ObjectNode edited = ((ObjectNode) read.body().deepCopy()).put("riskLevel", "high");
    assertThat(caseworker.api().put("/api/v1/cases/" + caseId, edited, read.header("ETag")).status()).isEqualTo(200);
    String laterRequest = file(caseworker, TracingMother.requestForMohammed());
    awaitMatch(caseworker, laterRequest, caseId);
    JsonNode stillRejected = match(caseworker, requestId, caseId);
    assertThat(stillRejected.get("status").asText()).isEqualTo("rejected");
    assertThat(stillRejected.get("version").asLong()).isEqualTo(changed.body().get("version").asLong());
  }

  @Test
  void theComparisonShowsBothSidesWithTheEvidenceAndAuditsTheCaseRead() {
    String caseId = register(caseworker, TracingMother.caseOfMohammedInArabic(true));
    String requestId = file(caseworker, TracingMother.requestForMohammed());
    String matchId = awaitMatch(caseworker, requestId, caseId).get("matchId").asText();

    Api.Response comparison = caseworker.api().get("/api/v1/matches/" + matchId);

    assertThat(comparison.status()).as("%s", comparison).isEqualTo(200);
    JsonNode given = null;
    for (JsonNode field : comparison.body().get("fields")) {
      if (field.get("field").asText().equals("givenName")) {
        given = field;
      }
    }
    assertThat(given).isNotNull();
    assertThat(given.get("sought").asText()).isEqualTo("Mohammed");
    assertThat(given.get("case").asText()).isEqualTo("محمد");
    assertThat(given.get("detail").asText()).startsWith("agrees");
    assertThat(admin().get("/api/v1/audit?recordId=" + caseId).body().findValuesAsString("action"))
        .contains("case.read");
  }

  @Test
  void requestsAreValidatedFieldByField() {
    ObjectNode body = Api.json("""
        {"inquirer": {"relationship": "neighbour"},
         "sought": {"givenName": "Omar", "sex": "boy", "dateOfBirth": "2015-13"},
         "separation": {"cause": "bad_luck"}, "colour": "blue"}
        """);

    Api.Response response = caseworker.api().post("/api/v1/tracing-requests", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("errors").findValuesAsString("field")).contains("inquirer.name",
        "inquirer.relationship", "sought.sex", "sought.dateOfBirth", "separation.cause", "colour");
    assertThat(caseworker.api().post("/api/v1/tracing-requests", Api.json("{\"inquirer\": {\"name\": \"A\"}}"))
        .body().get("errors").findValuesAsString("field")).contains("sought");
  }

  @Test
  void filingIsIdempotentReadableListableAndLimitedToTracingRoles() {
    UUID id = UUID.randomUUID();
    ObjectNode body = TracingMother.requestForZahra().put("id", id.toString());

    Api.Response first = caseworker.api().post("/api/v1/tracing-requests", body);
    Api.Response second = caseworker.api().post("/api/v1/tracing-requests", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body().get("id").asText()).isEqualTo(id.toString());
    Api.Response read = caseworker.api().get("/api/v1/tracing-requests/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"1\"");
    assertThat(read.body().get("sought").get("givenName").asText()).isEqualTo("Zahra");
    assertThat(caseworker.api().get("/api/v1/tracing-requests").body().get("items").findValuesAsString("id"))
        .containsExactly(id.toString());

    ObjectNode edited = ((ObjectNode) read.body().deepCopy()).put("status", "tracing_in_progress");
    Api.Response saved = caseworker.api().put("/api/v1/tracing-requests/" + id, edited, read.header("ETag"));
    assertThat(saved.status()).as("%s", saved).isEqualTo(200);
    assertThat(saved.body().get("status").asText()).isEqualTo("tracing_in_progress");
    assertThat(caseworker.api().put("/api/v1/tracing-requests/" + id, edited, read.header("ETag")).status())
        .isEqualTo(412);
    JsonNode history = caseworker.api().get("/api/v1/tracing-requests/" + id + "/history").body();
    assertThat(history.get(1).get("changes").findValuesAsString("field")).containsExactly("status");

    TestUser provider = createUser(caseworker.agencyId(), "service_provider");
    assertThat(provider.api().post("/api/v1/tracing-requests", TracingMother.requestForZahra()).status())
        .isEqualTo(403);
    TestUser enforcement = createUser(createAgency("government_immigration_enforcement"), "supervisor");
    assertThat(enforcement.api().get("/api/v1/tracing-requests").status()).isEqualTo(403);
    assertThat(admin().get("/api/v1/audit?recordId=" + id).body().findValuesAsString("action"))
        .contains("tracing_request.create", "tracing_request.read", "tracing_request.update");
  }

  @Test
  void aSecondRegistrationOfAChildIsQueuedAsALikelyDuplicate() {
    String first = register(caseworker, TracingMother.caseOfAbdirahman());

    String second = register(caseworker, TracingMother.secondRegistrationOfAbdirahman());

    JsonNode pair = awaitDuplicate(caseworker, second, first);
    assertThat(pair.get("status").asText()).isEqualTo("pending");
    assertThat(pair.get("explanation").findValuesAsString("field")).contains("givenName", "dateOfBirth");
    String path = "/api/v1/duplicates/" + pair.get("id").asText() + "/decision";
    Api.Response decided = caseworker.api().post(path, Api.object().put("decision", "not_duplicate")
        .put("note", "twins"));
    assertThat(decided.status()).as("%s", decided).isEqualTo(200);
    assertThat(decided.body().get("status").asText()).isEqualTo("not_duplicate");
    assertThat(caseworker.api().post(path, Api.object().put("decision", "not_duplicate")).status()).isEqualTo(409);
  }

  @Test
  void mergingThenUndoingRestoresBothCasesExactly() {
    String survivor = register(caseworker, TracingMother.caseOfAbdirahman());
    String duplicate = register(caseworker, TracingMother.secondRegistrationOfAbdirahman());
    Api.Response survivorBefore = caseworker.api().get("/api/v1/cases/" + survivor);
    JsonNode duplicateBefore = caseworker.api().get("/api/v1/cases/" + duplicate).body();

    Api.Response merged = caseworker.api().send("POST", "/api/v1/cases/" + survivor + "/merge",
        java.util.Map.of("Content-Type", "application/json", "If-Match", survivorBefore.header("ETag")),
        Api.object().put("duplicateId", duplicate).put("reason", "same child registered twice").toString());

    assertThat(merged.status()).as("%s", merged).isEqualTo(201);
    JsonNode survivorAfter = caseworker.api().get("/api/v1/cases/" + survivor).body();
    JsonNode duplicateAfter = caseworker.api().get("/api/v1/cases/" + duplicate).body();
    assertThat(duplicateAfter.get("status").asText()).isEqualTo("duplicate");
    assertThat(survivorAfter.get("otherNames").findValuesAsString("otherNames")).isEmpty();
    assertThat(textsOf(survivorAfter.get("otherNames"))).contains("Abdirahmaan Warsame", "Abdi");
    assertThat(survivorAfter.get("family").findValuesAsString("name")).contains("Hodan Ali");
    JsonNode history = caseworker.api().get("/api/v1/cases/" + survivor + "/history").body();
    assertThat(history.get(history.size() - 1).get("changes").findValuesAsString("field")).contains("mergedFrom");
    assertThat(caseworker.api().send("POST", "/api/v1/cases/" + survivor + "/merge",
        java.util.Map.of("Content-Type", "application/json", "If-Match", "\"" + survivorAfter.get("version") + "\""),
        Api.object().put("duplicateId", duplicate).put("reason", "again").toString()).status()).isEqualTo(409);

    String undo = "/api/v1/merges/" + merged.body().get("mergeId").asText() + "/undo";
    Api.Response undone = caseworker.api().post(undo, Api.object());

    assertThat(undone.status()).as("%s", undone).isEqualTo(200);
    assertThat(withoutVersioning(caseworker.api().get("/api/v1/cases/" + survivor).body()))
        .isEqualTo(withoutVersioning(survivorBefore.body()));
    assertThat(withoutVersioning(caseworker.api().get("/api/v1/cases/" + duplicate).body()))
        .isEqualTo(withoutVersioning(duplicateBefore));
    assertThat(caseworker.api().post(undo, Api.object()).status()).isEqualTo(409);
  }

  private String register(TestUser user, ObjectNode body) {
    Api.Response response = user.api().post("/api/v1/cases", body);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.body().get("id").asText();
  }

  private String file(TestUser user, ObjectNode body) {
    Api.Response response = user.api().post("/api/v1/tracing-requests", body);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.body().get("id").asText();
  }

  private Api.Response decide(String matchId, ObjectNode body) {
    return caseworker.api().post("/api/v1/matches/" + matchId + "/decision", body);
  }

  private List<String> caseIdsOfMatches(TestUser user, String requestId) {
    return caseIdsOfMatches(user.api(), requestId);
  }

  private List<String> caseIdsOfMatches(Api api, String requestId) {
    Api.Response response = api.get("/api/v1/tracing-requests/" + requestId + "/matches");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body().get("items").findValuesAsString("caseId");
  }

  private JsonNode match(TestUser user, String requestId, String caseId) {
    return match(user.api(), requestId, caseId);
  }

  private JsonNode match(Api api, String requestId, String caseId) {
    for (JsonNode item : api.get("/api/v1/tracing-requests/" + requestId + "/matches").body().get("items")) {
      if (item.get("caseId").asText().equals(caseId)) {
        return item;
      }
    }
    return null;
  }

  private JsonNode awaitMatch(TestUser user, String requestId, String caseId) {
    return awaitMatch(user.api(), requestId, caseId);
  }

  private JsonNode awaitMatch(Api api, String requestId, String caseId) {
    await("the case appears among the request's matches", () -> match(api, requestId, caseId) != null);
    return match(api, requestId, caseId);
  }

  private List<String> queue(TestUser user) {
    Api.Response response = user.api().get("/api/v1/matches?status=pending&size=100");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body().get("items").findValuesAsString("matchId");
  }

  private JsonNode awaitDuplicate(TestUser user, String caseId, String otherCaseId) {
    // A pair has no direction: when the matcher reaches the first registration after the second is indexed,
    // it finds the pair from the first one's side.
    Predicate<JsonNode> isPair = p -> java.util.Set.of(p.get("caseId").asText(), p.get("otherCaseId").asText())
        .equals(java.util.Set.of(caseId, otherCaseId));
    await("the pair appears in the duplicate queue", () -> stream(user.api().get(
        "/api/v1/duplicates?status=pending&size=100").body().get("items")).anyMatch(isPair));
    return stream(user.api().get("/api/v1/duplicates?status=pending&size=100").body().get("items")).filter(isPair)
        .findFirst().orElseThrow();
  }

  private static JsonNode evidence(JsonNode match, String field) {
    return stream(match.get("explanation")).filter(e -> e.get("field").asText().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no evidence for " + field + " in " + match));
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }

  private static List<String> textsOf(JsonNode array) {
    return stream(array).map(JsonNode::asText).toList();
  }

  private static JsonNode withoutVersioning(JsonNode c) {
    ObjectNode copy = (ObjectNode) c.deepCopy();
    copy.remove(List.of("version", "updatedAt", "updatedBy"));
    return copy;
  }

  /** Polls until the condition holds, failing after {@link #MATCHING}: no fixed sleep decides the outcome. */
  private static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + MATCHING.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("within " + MATCHING.toSeconds() + " s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + what);
      }
    }
  }
}
