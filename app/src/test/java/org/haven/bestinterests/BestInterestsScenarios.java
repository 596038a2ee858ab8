package org.haven.bestinterests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.bestinterests.BestInterestsMother.biaContent;
import static org.haven.bestinterests.BestInterestsMother.bidReport;
import static org.haven.bestinterests.BestInterestsMother.reunion;
import static org.haven.bestinterests.BestInterestsMother.verification;
import static org.haven.bestinterests.BestInterestsMother.vote;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.cases.CaseMother;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.tracing.TracingMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Children's journeys through the best-interests procedure, tracing and reunification, through the HTTP
 * API as caseworkers, supervisors and panel members live them. Run on H2 and PostgreSQL.
 */
abstract class BestInterestsScenarios extends ApiTestSupport {
  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private static final Duration MATCHING = Duration.ofSeconds(20);

  private UUID agency;
  private TestUser caseworker;
  private TestUser supervisor;

  @BeforeEach
  void staff() {
    agency = createAgency("ngo");
    caseworker = createUser(agency, "caseworker");
    supervisor = createUser(agency, "supervisor");
  }

  @Test
  void anUnaccompaniedEritreanBoyInLibyaIsReunifiedWithHisMotherThroughResettlement() {
    // Registered in Tripoli, 15, unaccompanied.
    String caseId = created(caseworker.api().post("/api/v1/cases", CaseMother.eritreanBoy())).get("id").asText();

    // A comprehensive BIA with his views, heard through an interpreter; approved by the supervisor.
    ObjectNode biaBody = biaContent().put("type", "comprehensive");
    Api.Response bia = caseworker.api().post("/api/v1/cases/" + caseId + "/bias", biaBody);
    assertThat(bia.status()).as("%s", bia).isEqualTo(201);
    assertThat(bia.header("ETag")).isEqualTo("\"1\"");
    String biaId = bia.body().get("id").asText();
    assertThat(bia.body().get("status").asText()).isEqualTo("in_progress");
    assertThat(bia.body().get("content").get("childViews").get("howObtained").asText())
        .isEqualTo("interview_with_interpreter");
    ok(post(caseworker, "/api/v1/bias/" + biaId + "/submit", Api.object(), null));
    Api.Response selfApproval = post(caseworker, "/api/v1/bias/" + biaId + "/review",
        Api.object().put("outcome", "approved"), null);
    assertThat(selfApproval.status()).as("caseworkers do not approve BIAs").isEqualTo(403);
    JsonNode approved = ok(post(supervisor, "/api/v1/bias/" + biaId + "/review",
        Api.object().put("outcome", "approved").put("comment", "thorough"), null));
    assertThat(approved.get("status").asText()).isEqualTo("approved");

    // His mother asks for him from Sweden; the match is confirmed.
    Api.Response filed = caseworker.api().post("/api/v1/tracing-requests", TracingMother.requestForDawitFromSweden());
    String requestId = created(filed).get("id").asText();
    String matchId = awaitMatch(requestId, caseId).get("matchId").asText();
    Api.Response early = caseworker.api().post("/api/v1/matches/" + matchId + "/reunification", Api.object());
    assertThat(early.status()).as("reunification before the match is confirmed: %s", early).isEqualTo(409);
    ok(caseworker.api().post("/api/v1/matches/" + matchId + "/decision", Api.object().put("decision", "confirmed")
        .put("note", "mother named his school in Keren")));

    // Reunification starts: nobody reunifies before verification.
    Api.Response started = caseworker.api().post("/api/v1/matches/" + matchId + "/reunification", Api.object());
    JsonNode reunification = created(started);
    String reunificationId = reunification.get("id").asText();
    TestUser elsewhere = createUser(createAgency("ngo"), "supervisor");
    assertThat(elsewhere.api().get("/api/v1/reunifications/" + reunificationId).status()).isEqualTo(403);
    Api.Response tooEarly = post(caseworker, "/api/v1/reunifications/" + reunificationId + "/reunify", reunion(),
        null);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.body().get("detail").asText()).contains("verification is complete");
    Api.Response verified = caseworker.api().put("/api/v1/reunifications/" + reunificationId + "/verification",
        verification("confirmed"), started.header("ETag"));
    assertThat(verified.status()).as("%s", verified).isEqualTo(200);
    assertThat(verified.body().get("status").asText()).isEqualTo("verified");
    assertThat(caseworker.api().get("/api/v1/tracing-requests/" + requestId).body().get("status").asText())
        .isEqualTo("verified");
    Api.Response assessed = caseworker.api().put("/api/v1/reunifications/" + reunificationId + "/assessment",
        Api.object().put("recommendation", "reunification_enhanced_support")
            .put("reasons", "mother able and willing; cross-border, so a BID decides the solution")
            .put("supportPlan", "psychosocial support for six months"), verified.header("ETag"));
    assertThat(assessed.status()).as("%s", assessed).isEqualTo(200);
    assertThat(assessed.body().get("status").asText()).isEqualTo("assessed");

    // A BID for the durable solution: report, supervisor review, panel.
    JsonNode opened = created(supervisor.api().post("/api/v1/cases/" + caseId + "/bids",
        Api.object().put("reason", "durable_solution")));
    String bidId = opened.get("bid").get("id").asText();
    assertThat(opened.get("bid").get("status").asText()).isEqualTo("required");
    // While the BID is pending, urgent protection goes on: the case is updated, nothing waits.
    Api.Response read = caseworker.api().get("/api/v1/cases/" + caseId);
    ObjectNode urgent = ((ObjectNode) read.body().deepCopy()).put("riskLevel", "high");
    ((ArrayNode) urgent.get("protectionConcerns")).add("serious_health_issue");
    assertThat(caseworker.api().put("/api/v1/cases/" + caseId, urgent, read.header("ETag")).status()).isEqualTo(200);

    ObjectNode badReport = bidReport();
    ((ArrayNode) badReport.get("optionsConsidered")).add("adoption");
    Api.Response refusedReport = caseworker.api().put("/api/v1/bids/" + bidId + "/report", badReport, "\"1\"");
    assertThat(refusedReport.body().get("errors").findValuesAsString("field")).containsExactly("optionsConsidered[2]");
    Api.Response report = caseworker.api().put("/api/v1/bids/" + bidId + "/report", bidReport(), "\"1\"");
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    assertThat(report.body().get("bid").get("status").asText()).isEqualTo("info_gathering");
    ok(post(caseworker, "/api/v1/bids/" + bidId + "/report/submit", Api.object(), report.header("ETag")));
    ok(post(supervisor, "/api/v1/bids/" + bidId + "/supervisor-review", Api.object().put("outcome", "approved"),
        null));

    TestUser chair = createUser(agency, "supervisor");
    TestUser ngoMember = createUser(createAgency("ngo"), "caseworker");
    TestUser welfareMember = createUser(createAgency("government_child_protection"), "supervisor");
    TestUser enforcement = createUser(createAgency("government_immigration_enforcement"), "supervisor", "all", null);
    Api.Response withEnforcement = post(supervisor, "/api/v1/bids/" + bidId + "/panel",
        panel(chair, ngoMember, enforcement), null);
    assertThat(withEnforcement.status()).as("immigration enforcement never sits on a panel").isEqualTo(400);
    assertThat(withEnforcement.body().get("errors").get(0).get("field").asText()).isEqualTo("members[2]");
    JsonNode convened = ok(post(supervisor, "/api/v1/bids/" + bidId + "/panel",
        panel(chair, ngoMember, welfareMember), null));
    assertThat(convened.get("bid").get("status").asText()).isEqualTo("panel_scheduled");

    // Members vote once each; others may not vote at all.
    Api.Response outsider = caseworker.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification"));
    assertThat(outsider.status()).as("the caseworker is not on the panel: %s", outsider).isEqualTo(403);
    assertThat(enforcement.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")).status())
        .isEqualTo(403);
    assertThat(enforcement.api().get("/api/v1/bids/" + bidId).status()).isEqualTo(403);
    assertThat(ngoMember.api().get("/api/v1/bids/" + bidId).status()).as("members read the BID they decide")
        .isEqualTo(200);
    assertThat(created(chair.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification"))).get("votes"))
        .hasSize(1);
    created(ngoMember.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")));
    assertThat(ngoMember.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")).status())
        .as("a member votes once").isEqualTo(409);
    Api.Response tooFew = chair.api().post("/api/v1/bids/" + bidId + "/decision", decision());
    assertThat(tooFew.status()).isEqualTo(409);
    assertThat(tooFew.body().get("detail").asText()).contains("quorum");
    created(welfareMember.api().post("/api/v1/bids/" + bidId + "/votes", Api.object().put("option",
        "local_integration").put("comment", "schooling in Libya first").put("confidentialityUndertaking", true)));
    assertThat(ngoMember.api().post("/api/v1/bids/" + bidId + "/decision", decision()).status())
        .as("only the chair records the decision").isEqualTo(403);

    JsonNode decided = ok(chair.api().post("/api/v1/bids/" + bidId + "/decision", decision()));
    assertThat(decided.get("bid").get("status").asText()).isEqualTo("decided");
    JsonNode d = decided.get("bid").get("decision");
    assertThat(d.get("choice").get("option").asText()).isEqualTo("reunification");
    assertThat(d.get("choice").get("durableSolution").asText()).isEqualTo("resettlement");
    assertThat(d.get("dissentingVotes").findValuesAsString("memberId")).containsExactly(welfareMember.id().toString());

    // Resettlement is prepared, and waits for the decision to reach the child.
    JsonNode solution = created(caseworker.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
        Api.object().put("type", "resettlement").put("note", "family reunification category")));
    String solutionId = solution.get("id").asText();
    ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "in_preparation"), null));
    Api.Response notYet = post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null);
    assertThat(notYet.status()).isEqualTo(409);
    assertThat(notYet.body().get("detail").asText()).contains("BID").contains("communicated");

    JsonNode communicated = ok(post(caseworker, "/api/v1/bids/" + bidId + "/communication", Api.object()
        .put("communicatedOn", "2026-11-20").put("how", "in_person_with_interpreter")
        .put("communicatedBy", caseworker.username()).put("familyInformed", true)
        .put("childResponse", "happy, asked when he can travel"), null));
    assertThat(communicated.get("bid").get("communication").get("how").asText()).isEqualTo("in_person_with_interpreter");
    JsonNode implementing = ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null));
    assertThat(implementing.get("bidId").asText()).isEqualTo(bidId);

    // He travels to Sweden and is reunified; a social worker visits after.
    Api.Response current = caseworker.api().get("/api/v1/reunifications/" + reunificationId);
    JsonNode reunified = ok(post(caseworker, "/api/v1/reunifications/" + reunificationId + "/reunify", reunion(),
        current.header("ETag")));
    assertThat(reunified.get("status").asText()).isEqualTo("reunified");
    assertThat(caseworker.api().get("/api/v1/tracing-requests/" + requestId).body().get("status").asText())
        .isEqualTo("reunified");
    JsonNode visited = created(caseworker.api().post("/api/v1/reunifications/" + reunificationId + "/follow-ups",
        Api.object().put("date", "2027-02-15").put("visitedBy", "municipal social worker, Malmö")
            .put("childSafe", true).put("wellbeing", "attends school, sleeps well").put("nextVisitOn", "2027-05-15")));
    assertThat(visited.get("followUps")).hasSize(1);

    Api.Response unfinished = post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "completed"), null);
    assertThat(unfinished.status()).isEqualTo(409);
    Api.Response latest = caseworker.api().get("/api/v1/durable-solutions/" + solutionId);
    ObjectNode allDone = Api.object().put("note", "arrived in Sweden");
    ArrayNode steps = allDone.putArray("steps");
    for (JsonNode step : latest.body().get("steps")) {
      steps.add(Api.object().put("name", step.get("name").asText()).put("status", "done").put("doneOn", "2027-01-20"));
    }
    assertThat(caseworker.api().put("/api/v1/durable-solutions/" + solutionId, allDone, "\"1\"").status())
        .as("a stale version").isEqualTo(412);
    ok(caseworker.api().put("/api/v1/durable-solutions/" + solutionId, allDone, latest.header("ETag")));
    JsonNode completed = ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "completed"), null));
    assertThat(completed.get("status").asText()).isEqualTo("completed");
    assertThat(supervisor.api().get("/api/v1/bids/" + bidId).body().get("bid").get("status").asText())
        .isEqualTo("implemented");

    // What the modules that notify and create tasks are told, after each commit.
    UUID theCase = UUID.fromString(caseId);
    assertThat(RecordedEvents.of(BestInterestsEvents.BidPanelVoteRequested.class).stream()
        .filter(e -> e.caseId().equals(theCase)).map(BestInterestsEvents.BidPanelVoteRequested::memberId))
        .containsExactlyInAnyOrder(chair.id(), ngoMember.id(), welfareMember.id());
    assertThat(RecordedEvents.of(BestInterestsEvents.BidDecided.class)).filteredOn(e -> e.caseId().equals(theCase))
        .containsExactly(new BestInterestsEvents.BidDecided(UUID.fromString(bidId), theCase, "reunification",
            "resettlement", true));
    assertThat(RecordedEvents.of(BestInterestsEvents.DurableSolutionChanged.class).stream()
        .filter(e -> e.caseId().equals(theCase)).map(BestInterestsEvents.DurableSolutionChanged::status))
        .containsExactly("identified", "in_preparation", "implementing", "completed");
    assertThat(RecordedEvents.of(org.haven.tracing.TracingEvents.ReunificationCompleted.class))
        .filteredOn(e -> e.caseId().equals(theCase)).hasSize(1);

    // The reporting read model follows, in the same transactions: the solution, the decision, the reunion
    // (counted from the day the request was filed), and the same after a rebuild.
    String items = "select kind || ':' || category || ':' || coalesce(status, '') || ':' || at_day"
        + " || ':' || coalesce(start_day, -1) from report_case_items where case_id = ? and kind in"
        + " ('durable_solution', 'bid_decided', 'reunification') order by kind";
    List<String> facts = jdbc.sql(items).param(theCase).query(String.class).list();
    long filedDay = java.time.LocalDate.ofInstant(java.time.Instant.parse(caseworker.api()
        .get("/api/v1/tracing-requests/" + requestId).body().get("createdAt").asText()), java.time.ZoneOffset.UTC)
        .toEpochDay();
    assertThat(facts).hasSize(3);
    assertThat(facts.get(0)).startsWith("bid_decided:reunification::");
    assertThat(facts.get(1)).startsWith("durable_solution:resettlement:completed:");
    assertThat(facts.get(2)).isEqualTo("reunification:reunified::"
        + java.time.LocalDate.parse("2027-01-20").toEpochDay() + ":" + filedDay);
    assertThat(admin().post("/api/v1/reports/rebuild", Api.object()).status()).isEqualTo(200);
    assertThat(jdbc.sql(items).param(theCase).query(String.class).list()).isEqualTo(facts);

    List<String> audited = admin().get("/api/v1/audit?recordId=" + bidId + "&size=1000").body()
        .findValuesAsString("action");
    assertThat(audited).contains("bid.create", "bid.report", "bid.panel", "bid.vote", "bid.decide",
        "bid.communicate", "bid.implemented");
    assertThat(admin().get("/api/v1/audit?recordId=" + bidId + "&size=1000").body().findValuesAsString("outcome"))
        .contains("denied");
  }

  @Test
  void aSeparatedVenezuelanBoyReturnsHomeOnlyAfterABidDecidesIt() {
    String caseId = created(caseworker.api().post("/api/v1/cases", CaseMother.venezuelanBoy())).get("id").asText();
    JsonNode solution = created(caseworker.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
        Api.object().put("type", "avrr")));
    String solutionId = solution.get("id").asText();
    assertThat(solution.get("steps").findValuesAsString("name")).contains("trained escort",
        "reception at destination");
    JsonNode requirement = ok(caseworker.api().get("/api/v1/cases/" + caseId
        + "/best-interests/requirement?decision=durable_solution&solution=avrr"));
    assertThat(requirement.get("procedure").asText()).isEqualTo("bid");
    ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "in_preparation"), null));

    // A short BIA is not enough for a separated child's return.
    String biaId = created(caseworker.api().post("/api/v1/cases/" + caseId + "/bias",
        biaContent().put("type", "short"))).get("id").asText();
    ok(post(caseworker, "/api/v1/bias/" + biaId + "/submit", Api.object(), null));
    ok(post(supervisor, "/api/v1/bias/" + biaId + "/review", Api.object().put("outcome", "approved"), null));
    Api.Response refused = post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("detail").asText()).contains("best interests determination (BID)")
        .contains("separated");

    // The BID decides return: his parents are alive and want him home.
    String bidId = decidedBid(caseId, "repatriation");
    ok(post(caseworker, "/api/v1/bids/" + bidId + "/communication", Api.object().put("communicatedOn", "2026-11-21")
        .put("how", "in_person").put("communicatedBy", caseworker.username()).put("familyInformed", true), null));
    JsonNode implementing = ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null));
    assertThat(implementing.get("status").asText()).isEqualTo("implementing");

    // New information: his father lost his job. A review is requested and declined; then reopened.
    JsonNode review = ok(post(caseworker, "/api/v1/bids/" + bidId + "/review-request",
        Api.object().put("reason", "father lost his job"), null));
    assertThat(review.get("bid").get("status").asText()).isEqualTo("review_requested");
    assertThat(supervisor.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .as("the supervisor decides whether to reopen").contains("bid_review_requested");
    Api.Response whileReviewed = post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "completed"), null);
    assertThat(whileReviewed.status()).isEqualTo(409);
    assertThat(whileReviewed.body().get("detail").asText()).contains("under review");
    JsonNode declined = ok(post(supervisor, "/api/v1/bids/" + bidId + "/review", Api.object()
        .put("outcome", "decline").put("reason", "the uncle's support covers the gap"), null));
    assertThat(declined.get("bid").get("status").asText()).isEqualTo("communicated");
    assertThat(post(supervisor, "/api/v1/bids/" + bidId + "/review", Api.object().put("outcome", "reopen")
        .put("reason", "again"), null).status()).as("no review is open").isEqualTo(409);

    Api.Response latest = caseworker.api().get("/api/v1/durable-solutions/" + solutionId);
    ObjectNode settled = Api.object();
    ArrayNode steps = settled.putArray("steps");
    for (JsonNode step : latest.body().get("steps")) {
      steps.add(Api.object().put("name", step.get("name").asText()).put("status", "done"));
    }
    ok(caseworker.api().put("/api/v1/durable-solutions/" + solutionId, settled, latest.header("ETag")));
    JsonNode home = ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "completed"), null));
    assertThat(home.get("status").asText()).isEqualTo("completed");
    assertThat(caseworker.api().get("/api/v1/bids/" + bidId).body().get("bid").get("status").asText())
        .isEqualTo("implemented");
  }

  @Test
  void anAccompaniedChildReturnsAfterAnApprovedBiaNotBefore() {
    String caseId = created(caseworker.api().post("/api/v1/cases", CaseMother.accompaniedVenezuelanGirl()))
        .get("id").asText();
    String solutionId = created(caseworker.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
        Api.object().put("type", "voluntary_repatriation"))).get("id").asText();
    ok(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "in_preparation"), null));
    Api.Response refused = post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("detail").asText()).contains("best interests assessment (BIA)");

    String biaId = created(caseworker.api().post("/api/v1/cases/" + caseId + "/bias",
        biaContent().put("type", "short"))).get("id").asText();
    ok(post(caseworker, "/api/v1/bias/" + biaId + "/submit", Api.object(), null));
    ok(post(supervisor, "/api/v1/bias/" + biaId + "/review", Api.object().put("outcome", "approved"), null));
    assertThat(post(caseworker, "/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"), null).status()).isEqualTo(200);
  }

  @Test
  void biasAreValidatedVersionedAndLimitedToTheCaseStaff() {
    String caseId = created(caseworker.api().post("/api/v1/cases", CaseMother.venezuelanBoy())).get("id").asText();
    UUID clientId = UUID.randomUUID();
    ObjectNode body = Api.object().put("id", clientId.toString()).put("type", "comprehensive");
    body.putObject("childViews").put("views", "wants to stay with his uncle").put("howObtained", "telepathy");
    Api.Response invalid = caseworker.api().post("/api/v1/cases/" + caseId + "/bias", body);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("errors").findValuesAsString("field")).containsExactly("childViews.howObtained");

    ((ObjectNode) body.get("childViews")).put("howObtained", "interview");
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/bias", body).status()).isEqualTo(201);
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/bias", body).status()).as("idempotent")
        .isEqualTo(200);
    Api.Response incomplete = post(caseworker, "/api/v1/bias/" + clientId + "/submit", Api.object(), null);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().get("errors").findValuesAsString("field")).contains("childViews.ageAtInterview",
        "childViews.maturity", "safety", "familyViews", "developmentAndIdentity");

    assertThat(caseworker.api().put("/api/v1/bias/" + clientId, biaContent(), null).status()).isEqualTo(428);
    assertThat(caseworker.api().put("/api/v1/bias/" + clientId, biaContent(), "\"7\"").status()).isEqualTo(412);
    Api.Response saved = caseworker.api().put("/api/v1/bias/" + clientId, biaContent(), "\"1\"");
    assertThat(saved.status()).as("%s", saved).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    ok(post(caseworker, "/api/v1/bias/" + clientId + "/submit", Api.object(), "\"2\""));
    Api.Response afterSubmit = caseworker.api().put("/api/v1/bias/" + clientId, biaContent(), "\"3\"");
    assertThat(afterSubmit.status()).isEqualTo(409);
    assertThat(afterSubmit.body().get("detail").asText()).contains("submitted");
    Api.Response returned = post(supervisor, "/api/v1/bias/" + clientId + "/review",
        Api.object().put("outcome", "returned"), null);
    assertThat(returned.body().get("errors").findValuesAsString("field")).containsExactly("comment");

    TestUser otherAgency = createUser(createAgency("ngo"), "supervisor");
    TestUser provider = createUser(agency, "service_provider");
    TestUser enforcement = createUser(createAgency("government_immigration_enforcement"), "supervisor", "all", null);
    for (TestUser outsider : List.of(otherAgency, provider, enforcement)) {
      assertThat(outsider.api().get("/api/v1/bias/" + clientId).status()).as(outsider.username()).isEqualTo(403);
      assertThat(outsider.api().get("/api/v1/cases/" + caseId + "/bias").status()).isEqualTo(403);
      assertThat(outsider.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
          Api.object().put("type", "avrr")).status()).isEqualTo(403);
    }
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId + "/bias").body().get("items")).hasSize(1);
    Api.Response badCode = caseworker.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
        Api.object().put("type", "go_home"));
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.body().get("errors").get(0).get("field").asText()).isEqualTo("type");
    assertThat(badCode.body().get("errors").get(0).get("message").asText()).contains("voluntary_repatriation");
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/bids", Api.object().put("reason",
        "durable_solution")).status()).as("caseworkers do not open BIDs").isEqualTo(403);
    assertThat(admin().get("/api/v1/audit?recordId=" + clientId).body().findValuesAsString("action"))
        .contains("bia.create", "bia.update", "bia.submit", "bia.read");
  }

  @Test
  void aMatchRejectedAfterReunificationStartedStopsIt() {
    String caseId = created(caseworker.api().post("/api/v1/cases", CaseMother.eritreanBoy())).get("id").asText();
    String requestId = created(caseworker.api().post("/api/v1/tracing-requests",
        TracingMother.requestForDawitFromSweden())).get("id").asText();
    String matchId = awaitMatch(requestId, caseId).get("matchId").asText();
    ok(caseworker.api().post("/api/v1/matches/" + matchId + "/decision", Api.object().put("decision", "confirmed")));
    Api.Response started = caseworker.api().post("/api/v1/matches/" + matchId + "/reunification", Api.object());
    String reunificationId = created(started).get("id").asText();
    assertThat(caseworker.api().post("/api/v1/matches/" + matchId + "/reunification", Api.object()).status())
        .as("started once per match").isEqualTo(200);

    ok(caseworker.api().post("/api/v1/matches/" + matchId + "/decision", Api.object().put("decision", "rejected")
        .put("change", true).put("note", "DNA test negative")));

    Api.Response verify = caseworker.api().put("/api/v1/reunifications/" + reunificationId + "/verification",
        verification("confirmed"), started.header("ETag"));
    assertThat(verify.status()).isEqualTo(409);
    assertThat(verify.body().get("detail").asText()).contains("no longer confirmed");
  }

  @Test
  void theOpenApiDocumentPublishesTheProcedure() {
    String paths = anonymous().get("/v3/api-docs").body().get("paths").toString();
    assertThat(paths).contains("/api/v1/cases/{caseId}/bias", "/api/v1/bids/{id}/votes",
        "/api/v1/durable-solutions/{id}/status", "/api/v1/reunifications/{id}/verification",
        "/api/v1/matches/{matchId}/reunification", "/api/v1/cases/{caseId}/best-interests/requirement");
  }

  /** Opens, reports, reviews and decides a BID on the case with a panel of three who agree on {@code option}. */
  private String decidedBid(String caseId, String option) {
    String bidId = created(supervisor.api().post("/api/v1/cases/" + caseId + "/bids",
        Api.object().put("reason", "durable_solution"))).get("bid").get("id").asText();
    ObjectNode report = bidReport().put("recommendedOption", option);
    report.remove("recommendedSolution");
    ok(caseworker.api().put("/api/v1/bids/" + bidId + "/report", report, "\"1\""));
    ok(post(caseworker, "/api/v1/bids/" + bidId + "/report/submit", Api.object(), null));
    ok(post(supervisor, "/api/v1/bids/" + bidId + "/supervisor-review", Api.object().put("outcome", "approved"),
        null));
    TestUser chair = createUser(agency, "supervisor");
    TestUser second = createUser(createAgency("un_agency"), "supervisor");
    TestUser third = createUser(createAgency("government_child_protection"), "caseworker");
    ok(post(supervisor, "/api/v1/bids/" + bidId + "/panel", panel(chair, second, third), null));
    for (TestUser member : List.of(chair, second, third)) {
      created(member.api().post("/api/v1/bids/" + bidId + "/votes", Api.object().put("option", option)
          .put("confidentialityUndertaking", true)));
    }
    ok(chair.api().post("/api/v1/bids/" + bidId + "/decision", Api.object().put("option", option)
        .put("reasons", "parents alive and able to care; safe return with reintegration support")));
    return bidId;
  }

  private static ObjectNode panel(TestUser chair, TestUser second, TestUser third) {
    return BestInterestsMother.panel("2026-11-18", chair.id(), second.id(), third.id());
  }

  private static ObjectNode decision() {
    return BestInterestsMother.reunificationThroughResettlement();
  }

  private Api.Response post(TestUser user, String path, ObjectNode body, String ifMatch) {
    return ifMatch == null ? user.api().post(path, body)
        : user.api().send("POST", path, Map.of("Content-Type", "application/json", "If-Match", ifMatch),
            body.toString());
  }

  private static JsonNode created(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.body();
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body();
  }

  private JsonNode awaitMatch(String requestId, String caseId) {
    long deadline = System.nanoTime() + MATCHING.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode item : caseworker.api().get("/api/v1/tracing-requests/" + requestId + "/matches").body()
          .get("items")) {
        if (item.get("caseId").asText().equals(caseId)) {
          return item;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("within " + MATCHING.toSeconds() + " s: the case appears among the request's matches");
  }
}
