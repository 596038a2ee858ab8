package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.bestinterests.BestInterestsMother.biaContent;
import static org.haven.bestinterests.BestInterestsMother.bidReport;
import static org.haven.bestinterests.BestInterestsMother.panel;
import static org.haven.bestinterests.BestInterestsMother.reunificationThroughResettlement;
import static org.haven.bestinterests.BestInterestsMother.reunion;
import static org.haven.bestinterests.BestInterestsMother.verification;
import static org.haven.bestinterests.BestInterestsMother.vote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.haven.cases.CaseMother;
import org.haven.support.Api;
import org.haven.tracing.TracingMother;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One child's whole journey through Haven, from registration to the closure of his case, through the HTTP
 * API as each person on it lives it: what lands in their task list, what they are told, what they may see
 * and what they are refused. The modules meet here (cases, assessment, casework, tracing, best interests),
 * so this is where their events are proven to reach people. Run on H2 and PostgreSQL.
 */
abstract class JourneyScenarios extends CaseworkFixtures {
  private static final Duration MATCHING = Duration.ofSeconds(20);

  @Test
  void anUnaccompaniedEritreanBoyInLibyaFromRegistrationToReunificationWithHisMotherInSwedenAndClosure() {
    UUID[] tripoli = district("Libya", "LBY");
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    UUID clinic = createAgency("ngo");
    TestUser nurse = createUser(clinic, "service_provider");
    UUID lawyers = createAgency("ngo");
    TestUser lawyer = createUser(lawyers, "service_provider");

    // Registered in Tripoli: 15, unaccompanied, not yet assessed; he agrees to his record being shared with
    // the organisations that help him.
    ObjectNode dawit = CaseMother.eritreanBoy().put("locationId", tripoli[0].toString());
    dawit.remove("riskLevel");
    ((ArrayNode) dawit.get("consent").get("sharing")).add("other_organisations");
    String caseId = register(caseworker, dawit);

    // Screened on trafficking indicators: act and purpose are enough for a child. A flag, never a label;
    // the supervisor is alerted and a referral is proposed to the caseworker.
    Api.Response screened = caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"respondent": "child", "answers": [
          {"code": "unodc_travel_unaccompanied", "answer": "yes"},
          {"code": "dtm_forced_to_work", "answer": "yes", "note": "worked on a farm near Kufra to pay the smuggler"},
          {"code": "means_force_or_threat", "answer": "no"}]}
        """));
    assertThat(screened.status()).as("%s", screened).isEqualTo(201);
    assertThat(screened.body().get("flag").asText()).isEqualTo("trafficking_indicators");
    assertThat(screened.body().get("notice").asText()).contains("not an identification");
    assertThat(kinds(told(supervisor, caseId))).contains("trafficking_indicators");
    assertThat(kinds(openTasks(caseworker, caseId))).contains("referral_proposed");

    // Assessed: the flag makes the proposal high. It takes effect once the supervisor approves it, and
    // not before; a caseworker has no approval queue.
    String individual = recordAndSubmit(caseworker, "/api/v1/cases/" + caseId + "/assessments",
        assessment("individual", finding("ind_unaccompanied", true, "no relative in Libya"),
            finding("ind_literacy_education", true, "finished primary school")));
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().has("riskLevel")).isFalse();
    assertThat(caseworker.api().get("/api/v1/approvals").status()).isEqualTo(403);
    assertThat(kinds(told(supervisor, caseId))).contains("approval_requested");
    approve(supervisor, individual);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("riskLevel").asText()).isEqualTo("high");

    // High risk: a first response within 24 hours, listed as due (not overdue); the supervisor is alerted.
    Instant approvedAt = Instant.parse(caseworker.api().get("/api/v1/assessments/" + individual).body()
        .get("approvedAt").asText());
    JsonNode firstResponse = only(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=due")), caseId),
        "first_response");
    assertThat(Duration.between(approvedAt, Instant.parse(firstResponse.get("dueAt").asText())))
        .isBetween(Duration.ofHours(24), Duration.ofHours(24).plusMinutes(1));
    assertThat(firstResponse.get("overdue").asBoolean()).isFalse();
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId)).isEmpty();
    assertThat(ofCase(items(supervisor.api().get("/api/v1/tasks/team?filter=due")), caseId)).isNotEmpty();
    assertThat(kinds(told(supervisor, caseId))).contains("high_risk");

    // Referred for medical and legal help; each recipient sees only what its referral grants.
    Api.Response medical = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", Api.object()
        .put("toAgencyId", clinic.toString()).put("service", "health").put("reason", "untreated injuries")
        .set("grants", Api.json("{\"g\": [\"identity\", \"protection\"]}").get("g")));
    assertThat(medical.status()).as("%s", medical).isEqualTo(201);
    Api.Response legal = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", Api.object()
        .put("toAgencyId", lawyers.toString()).put("service", "legal_aid").put("reason", "asylum claim")
        .set("grants", Api.json("{\"g\": [\"identity\", \"protection\", \"journey\"]}").get("g")));
    assertThat(legal.status()).as("%s", legal).isEqualTo(201);
    String medicalId = medical.body().get("id").asText();
    String legalId = legal.body().get("id").asText();
    assertThat(kinds(openTasks(caseworker, caseId))).as("the proposed referral was made")
        .doesNotContain("referral_proposed");
    assertThat(kinds(told(nurse, caseId))).contains("referral_received");
    assertThat(nurse.api().get("/api/v1/cases/" + caseId).status()).as("no access to the case as such")
        .isEqualTo(403);
    JsonNode nurseSees = nurse.api().get("/api/v1/referrals/" + medicalId + "/case").body();
    assertThat(nurseSees.get("givenNameLatin").asText()).isEqualTo("Dawit");
    assertThat(nurseSees.get("riskLevel").asText()).isEqualTo("high");
    assertThat(nurseSees.has("family")).isFalse();
    assertThat(nurseSees.has("journey")).isFalse();
    assertThat(lawyer.api().get("/api/v1/referrals/" + medicalId + "/case").status()).isEqualTo(403);
    JsonNode lawyerSees = lawyer.api().get("/api/v1/referrals/" + legalId + "/case").body();
    assertThat(lawyerSees.get("journey")).hasSize(3);
    assertThat(lawyerSees.has("family")).isFalse();
    Api.Response accepted = nurse.api().post("/api/v1/referrals/" + medicalId + "/accept", null,
        medical.header("ETag"));
    assertThat(accepted.body().get("status").asText()).isEqualTo("accepted");
    assertThat(kinds(told(caseworker, caseId))).contains("referral_accepted");
    Api.Response treated = nurse.api().post("/api/v1/referrals/" + medicalId + "/complete", null,
        accepted.header("ETag"));
    assertThat(treated.body().get("status").asText()).isEqualTo("done");
    assertThat(nurse.api().get("/api/v1/referrals/" + medicalId + "/case").status())
        .as("access ends with the referral").isEqualTo(403);

    // A comprehensive BIA with his views: it waits in the supervisor's task list until reviewed; the
    // caseworker may not approve it and hears of the review.
    Api.Response bia = caseworker.api().post("/api/v1/cases/" + caseId + "/bias",
        biaContent().put("type", "comprehensive"));
    assertThat(bia.status()).as("%s", bia).isEqualTo(201);
    String biaId = bia.body().get("id").asText();
    ok(caseworker.api().post("/api/v1/bias/" + biaId + "/submit", Api.object()));
    JsonNode biaReview = only(openTasks(supervisor, caseId), "bia_review");
    assertThat(biaReview.get("title").asText()).contains("BIA");
    assertThat(caseworker.api().post("/api/v1/bias/" + biaId + "/review", Api.object().put("outcome", "approved"))
        .status()).isEqualTo(403);
    ok(supervisor.api().post("/api/v1/bias/" + biaId + "/review", Api.object().put("outcome", "approved")
        .put("comment", "thorough")));
    assertThat(kinds(openTasks(supervisor, caseId))).doesNotContain("bia_review");
    assertThat(messages(told(caseworker, caseId))).anyMatch(m -> m.contains("BIA") && m.contains("approved"));

    // His mother asks for him from Sweden: the owner is told of the potential match before anyone has
    // decided on it. A later re-scoring of the pair is not news; a second request is.
    String requestId = created(caseworker.api().post("/api/v1/tracing-requests",
        TracingMother.requestForDawitFromSweden())).get("id").asText();
    String matchId = awaitMatch(caseworker, requestId, caseId);
    assertThat(subjects(told(caseworker, caseId), "potential_match")).containsExactly(matchId);
    assertThat(told(caseworker, caseId).toString()).doesNotContain("Dawit").doesNotContain("Saba");
    Api.Response read = caseworker.api().get("/api/v1/cases/" + caseId);
    ObjectNode moreLanguages = (ObjectNode) read.body().deepCopy();
    ((ArrayNode) moreLanguages.get("languages")).add("ara");
    assertThat(caseworker.api().put("/api/v1/cases/" + caseId, moreLanguages, read.header("ETag")).status())
        .isEqualTo(200);
    // The matcher works in order on one thread: once the father's request has its match, the case's
    // re-scoring before it is done too.
    String fathersRequest = created(caseworker.api().post("/api/v1/tracing-requests", fatherAsksForDawit()))
        .get("id").asText();
    String secondMatchId = awaitMatch(caseworker, fathersRequest, caseId);
    assertThat(subjects(told(caseworker, caseId), "potential_match")).as("one notice per new match")
        .containsExactlyInAnyOrder(matchId, secondMatchId);

    ok(caseworker.api().post("/api/v1/matches/" + matchId + "/decision", Api.object().put("decision", "confirmed")
        .put("note", "mother named his school in Keren")));
    assertThat(subjects(told(caseworker, caseId), "tracing_match")).containsExactly(matchId);

    // Verified before anything else; the owner hears of it.
    Api.Response started = caseworker.api().post("/api/v1/matches/" + matchId + "/reunification", Api.object());
    String reunificationId = created(started).get("id").asText();
    Api.Response tooEarly = caseworker.api().post("/api/v1/reunifications/" + reunificationId + "/reunify",
        reunion(), started.header("ETag"));
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.body().get("detail").asText()).contains("verification is complete");
    Api.Response verified = caseworker.api().put("/api/v1/reunifications/" + reunificationId + "/verification",
        verification("confirmed"), started.header("ETag"));
    assertThat(verified.body().get("status").asText()).isEqualTo("verified");
    assertThat(kinds(told(caseworker, caseId))).contains("family_verified");
    Api.Response assessed = caseworker.api().put("/api/v1/reunifications/" + reunificationId + "/assessment",
        Api.object().put("recommendation", "reunification_enhanced_support")
            .put("reasons", "mother able and willing; cross-border, so a BID decides the solution")
            .put("supportPlan", "psychosocial support for six months"), verified.header("ETag"));
    assertThat(assessed.body().get("status").asText()).isEqualTo("assessed");

    // A BID: the report waits for the supervisor's review like the BIA did.
    String bidId = created(supervisor.api().post("/api/v1/cases/" + caseId + "/bids",
        Api.object().put("reason", "durable_solution"))).get("bid").get("id").asText();
    Api.Response report = caseworker.api().put("/api/v1/bids/" + bidId + "/report", bidReport(), "\"1\"");
    assertThat(report.status()).as("%s", report).isEqualTo(200);
    ok(caseworker.api().post("/api/v1/bids/" + bidId + "/report/submit", Api.object(), report.header("ETag")));
    assertThat(kinds(openTasks(supervisor, caseId))).contains("bid_report_review");
    ok(supervisor.api().post("/api/v1/bids/" + bidId + "/supervisor-review", Api.object().put("outcome", "approved")));
    assertThat(kinds(openTasks(supervisor, caseId))).doesNotContain("bid_report_review");

    // The panel: three members of three agencies, each told and given a vote due on the meeting day.
    TestUser chair = createUser(ngo, "supervisor");
    TestUser ngoMember = createUser(createAgency("ngo"), "caseworker");
    TestUser welfareMember = createUser(createAgency("government_child_protection"), "supervisor");
    LocalDate meetingDay = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    ok(supervisor.api().post("/api/v1/bids/" + bidId + "/panel",
        panel(meetingDay.toString(), chair.id(), ngoMember.id(), welfareMember.id())));
    for (TestUser member : List.of(chair, ngoMember, welfareMember)) {
      assertThat(kinds(told(member, caseId))).as(member.username()).contains("bid_panel_vote");
      JsonNode voteTask = only(openTasks(member, caseId), "bid_panel_vote");
      assertThat(Instant.parse(voteTask.get("dueAt").asText()))
          .isEqualTo(meetingDay.atStartOfDay(ZoneOffset.UTC).toInstant());
      assertThat(ofCase(items(member.api().get("/api/v1/tasks/team?filter=due")), caseId)).as("in the member's team")
          .isNotEmpty();
    }
    assertThat(caseworker.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")).status())
        .as("the caseworker is not on the panel").isEqualTo(403);
    created(chair.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")));
    assertThat(openTasks(chair, caseId)).as("a member who voted has nothing left to do").isEmpty();
    created(ngoMember.api().post("/api/v1/bids/" + bidId + "/votes", vote("reunification")));
    created(welfareMember.api().post("/api/v1/bids/" + bidId + "/votes", Api.object()
        .put("option", "local_integration").put("comment", "schooling in Libya first")
        .put("confidentialityUndertaking", true)));
    JsonNode decided = ok(chair.api().post("/api/v1/bids/" + bidId + "/decision",
        reunificationThroughResettlement())).get("bid");
    assertThat(decided.get("status").asText()).isEqualTo("decided");
    assertThat(messages(told(caseworker, caseId)))
        .anyMatch(m -> m.contains("decided: reunification through resettlement, with dissent"));

    // Resettlement waits for the decision to reach him; then it goes ahead, step by step, told to the owner.
    String solutionId = created(caseworker.api().post("/api/v1/cases/" + caseId + "/durable-solutions",
        Api.object().put("type", "resettlement").put("note", "family reunification category"))).get("id").asText();
    ok(caseworker.api().post("/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "in_preparation")));
    Api.Response notYet = caseworker.api().post("/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing"));
    assertThat(notYet.status()).isEqualTo(409);
    assertThat(notYet.body().get("detail").asText()).contains("communicated");
    ok(caseworker.api().post("/api/v1/bids/" + bidId + "/communication", Api.object()
        .put("communicatedOn", "2026-11-20").put("how", "in_person_with_interpreter")
        .put("communicatedBy", caseworker.username()).put("familyInformed", true)
        .put("childResponse", "happy, asked when he can travel")));
    ok(caseworker.api().post("/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "implementing")));
    assertThat(messages(told(caseworker, caseId)).stream().filter(m -> m.startsWith("Durable solution")))
        .anyMatch(m -> m.endsWith("identified")).anyMatch(m -> m.endsWith("in preparation"))
        .anyMatch(m -> m.endsWith("implementing"));

    // Reunified in Malmö: follow-up visits are due at his case's cadence (high: every week); a visit
    // answers the one due and schedules the next.
    Instant before = Instant.now();
    Api.Response current = caseworker.api().get("/api/v1/reunifications/" + reunificationId);
    JsonNode reunified = ok(caseworker.api().post("/api/v1/reunifications/" + reunificationId + "/reunify",
        reunion(), current.header("ETag")));
    Instant after = Instant.now();
    assertThat(reunified.get("status").asText()).isEqualTo("reunified");
    assertThat(kinds(told(caseworker, caseId))).contains("reunified");
    JsonNode firstVisit = only(openTasks(caseworker, caseId), "reunification_follow_up");
    assertThat(Instant.parse(firstVisit.get("dueAt").asText()))
        .isBetween(before.plus(Duration.ofDays(7)).minusMillis(1), after.plus(Duration.ofDays(7)));
    created(caseworker.api().post("/api/v1/reunifications/" + reunificationId + "/follow-ups",
        Api.object().put("date", "2027-02-15").put("visitedBy", "municipal social worker, Malmö")
            .put("childSafe", true).put("wellbeing", "attends school, sleeps well").put("nextVisitOn", "2027-05-15")));
    JsonNode nextVisit = only(openTasks(caseworker, caseId), "reunification_follow_up");
    assertThat(nextVisit.get("id").asText()).isNotEqualTo(firstVisit.get("id").asText());

    Api.Response latest = caseworker.api().get("/api/v1/durable-solutions/" + solutionId);
    ObjectNode allDone = Api.object().put("note", "arrived in Sweden");
    ArrayNode steps = allDone.putArray("steps");
    for (JsonNode step : latest.body().get("steps")) {
      steps.add(Api.object().put("name", step.get("name").asText()).put("status", "done").put("doneOn", "2027-01-20"));
    }
    ok(caseworker.api().put("/api/v1/durable-solutions/" + solutionId, allDone, latest.header("ETag")));
    ok(caseworker.api().post("/api/v1/durable-solutions/" + solutionId + "/status",
        Api.object().put("status", "completed")));
    assertThat(supervisor.api().get("/api/v1/bids/" + bidId).body().get("bid").get("status").asText())
        .isEqualTo("implemented");
    assertThat(messages(told(caseworker, caseId))).anyMatch(m -> m.startsWith("Durable solution")
        && m.endsWith("completed"));

    // Closed with the supervisor's approval: open until then, and no work left on it after.
    Api.Response closing = caseworker.api().post("/api/v1/cases/" + caseId + "/closure",
        Api.object().put("reason", "reunified with his mother in Sweden; follow-up handed to Swedish services"));
    assertThat(closing.status()).as("%s", closing).isEqualTo(202);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("status").asText()).isEqualTo("open");
    TestUser otherSupervisor = createUser(createAgency("ngo"), "supervisor");
    TestUser regionalSupervisor = createUser(createAgency("ngo"), "supervisor", "location", List.of(tripoli[1]));
    assertThat(ofCase(items(otherSupervisor.api().get("/api/v1/approvals")), caseId))
        .as("another agency's supervisor does not see the request").isEmpty();
    assertThat(ofCase(items(regionalSupervisor.api().get("/api/v1/approvals")), caseId))
        .as("a supervisor of the region the case is in does").hasSize(1);
    approve(supervisor, closing.body().get("approvalId").asText());
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("status").asText()).isEqualTo("closed");
    assertThat(openTasks(caseworker, caseId)).as("a closed case needs no work").isEmpty();
    assertThat(openTasks(supervisor, caseId)).isEmpty();
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/closure", Api.object().put("reason", "again"))
        .body().get("detail").asText()).isEqualTo("a case that is closed cannot be closed");
    assertThat(kinds(told(caseworker, caseId))).contains("approval_decided");

    List<String> audited = admin().get("/api/v1/audit?recordId=" + caseId + "&size=1000").body()
        .findValuesAsString("action");
    assertThat(audited).contains("screening.create", "assessment.approve", "case.risk-level", "case.read.shared");
  }

  /** His father files a request of his own for the same boy. */
  private static ObjectNode fatherAsksForDawit() {
    ObjectNode request = TracingMother.requestForDawitFromSweden();
    request.putObject("inquirer").put("name", "Tesfay Gebremedhin").put("relationship", "father");
    ObjectNode sought = (ObjectNode) request.get("sought");
    sought.putArray("family").add(Api.object().put("relationship", "mother").put("name", "Saba Haile"));
    return request;
  }

  private List<JsonNode> openTasks(TestUser user, String caseId) {
    return ofCase(items(user.api().get("/api/v1/tasks/mine")), caseId);
  }

  /** The user's notifications about the case, newest first. */
  private static List<JsonNode> told(TestUser user, String caseId) {
    return ofCase(items(user.api().get("/api/v1/notifications")), caseId);
  }

  private static List<String> kinds(List<JsonNode> items) {
    return items.stream().map(i -> i.get("kind").asText()).toList();
  }

  private static List<String> messages(List<JsonNode> notifications) {
    return notifications.stream().map(n -> n.get("message").asText()).toList();
  }

  private static List<String> subjects(List<JsonNode> notifications, String kind) {
    return notifications.stream().filter(n -> n.get("kind").asText().equals(kind))
        .map(n -> n.get("subjectId").asText()).toList();
  }

  private static JsonNode only(List<JsonNode> tasks, String kind) {
    List<JsonNode> ofKind = tasks.stream().filter(t -> t.get("kind").asText().equals(kind)).toList();
    assertThat(ofKind).as("one open %s task in %s", kind, tasks).hasSize(1);
    return ofKind.get(0);
  }

  private String awaitMatch(TestUser user, String requestId, String caseId) {
    long deadline = System.nanoTime() + MATCHING.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode item : user.api().get("/api/v1/tracing-requests/" + requestId + "/matches").body()
          .get("items")) {
        if (item.get("caseId").asText().equals(caseId)) {
          return item.get("matchId").asText();
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

  private static JsonNode created(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.body();
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.body();
  }
}
