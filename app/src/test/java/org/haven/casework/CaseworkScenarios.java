package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Casework journeys through the HTTP API, from identification to closure: assessment on the four DoMV
 * levels, trafficking screening, deadlines, plan, services, referrals, follow-ups, approvals, transfer,
 * closure and reopening. Run on H2 and PostgreSQL.
 */
abstract class CaseworkScenarios extends CaseworkFixtures {

  @Test
  void aSyrianGirlWithHerAuntWhoseKinshipCareIsAssessedAndFollowedUp() {
    UUID[] place = district("Lebanon", "LBN");
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    String caseId = register(caseworker, Api.json("""
        {"givenName": "Lana", "familyName": "Haddad", "sex": "female", "ageYears": 9, "nationality": ["SYR"],
         "protectionStatus": "separated", "displacementStatus": "refugee", "locationId": "%s",
         "family": [{"relationship": "aunt", "name": "Maha Haddad", "alive": "yes", "isCaregiver": true},
                    {"relationship": "mother", "name": "Rania Haddad", "alive": "unknown"}],
         "careArrangements": [{"type": "kinship_care_extended_family", "caregiverName": "Maha Haddad",
                               "caregiverRelationship": "aunt", "startDate": "2026-09-01"}],
         "consent": {"services": true, "tracing": true, "reporting": true, "givenBy": "caregiver",
                     "date": "2026-09-01", "legalBasis": "consent"}}
        """.formatted(place[0])));

    // Context: the country and the area she lives in, each assessed once for every case there.
    String structural = recordAndSubmit(caseworker, "/api/v1/context-assessments",
        assessment("structural", finding("str_no_regular_pathways", true, "no residence permits for new arrivals"),
            finding("str_child_protection_system", true, "national child-protection case management"))
            .put("country", "LBN"));
    String community = recordAndSubmit(caseworker, "/api/v1/context-assessments",
        assessment("community", finding("com_xenophobia", true, "tension reported by key informants"),
            finding("com_cbcpm", true, "community child-protection committee meets weekly"))
            .put("locationId", place[1].toString()));
    approve(supervisor, structural);
    approve(supervisor, community);

    // The household (her aunt's kinship care) and the child herself.
    String household = recordAndSubmit(caseworker, "/api/v1/cases/" + caseId + "/assessments",
        assessment("household",
            finding("hh_kinship_carer_able", true, "aunt willing and able; home visit 2026-09-03"),
            finding("hh_supportive_home", true, "warm relationship observed"),
            finding("hh_insufficient_income", true, "aunt's cleaning work covers rent only"),
            finding("hh_family_violence", false, null)));
    String individual = recordAndSubmit(caseworker, "/api/v1/cases/" + caseId + "/assessments",
        assessment("individual",
            finding("ind_unaccompanied", true, "separated from both parents at the border"),
            finding("ind_no_documents", true, "no birth certificate"),
            finding("ind_social_support", true, "aunt and cousins")));
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().has("riskLevel"))
        .as("not in effect until approved").isFalse();
    assertThat(pendingApproval(supervisor, household).get("kind").asText()).isEqualTo("assessment");

    approve(supervisor, household);
    approve(supervisor, individual);

    JsonNode view = caseworker.api().get("/api/v1/cases/" + caseId + "/assessments").body();
    assertThat(view.get("riskLevel").asText()).as("medium (individual) over low (household)").isEqualTo("medium");
    assertThat(view.get("structural").findValuesAsString("id")).contains(structural);
    assertThat(view.get("community").findValuesAsString("id")).as("the region's assessment covers her district")
        .contains(community);
    JsonNode individualView = caseworker.api().get("/api/v1/assessments/" + individual).body();
    assertThat(individualView.get("status").asText()).isEqualTo("approved");
    assertThat(individualView.get("proposedRisk").get("score").asInt()).isEqualTo(2);
    assertThat(individualView.get("proposedRisk").get("reasons").toString()).contains("ind_unaccompanied (+3)")
        .contains("ind_social_support (-2)");
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("riskLevel").asText()).isEqualTo("medium");

    // Medium risk: a first response within 72 hours, follow-ups every two weeks.
    Instant approvedAt = Instant.parse(individualView.get("approvedAt").asText());
    List<JsonNode> tasks = ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId);
    JsonNode response = kind(tasks, "first_response");
    assertThat(Duration.between(approvedAt, Instant.parse(response.get("dueAt").asText())))
        .isBetween(Duration.ofHours(72), Duration.ofHours(72).plusMinutes(1));
    assertThat(response.get("overdue").asBoolean()).isFalse();
    assertThat(kind(tasks, "follow_up")).isNotNull();
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine?filter=overdue")), caseId)).isEmpty();
    assertThat(ofCase(items(supervisor.api().get("/api/v1/tasks/team?filter=due")), caseId)).hasSize(2);

    // The plan, approved before it is in effect.
    Api.Response plan = caseworker.api().put("/api/v1/cases/" + caseId + "/plan", Api.json("""
        {"goals": [{"description": "Kinship care with her aunt is stable",
                    "actions": [{"description": "Monthly home visit", "responsible": "caseworker"},
                                {"description": "Cash assistance for the household", "responsible": "cash partner",
                                 "dueDate": "2026-10-15"}]},
                   {"description": "She goes to school",
                    "actions": [{"description": "Enrol in the public school", "dueDate": "2026-10-01"}]}]}
        """), null);
    assertThat(plan.status()).as("%s", plan).isEqualTo(200);
    assertThat(plan.body().get("effective").asBoolean()).isFalse();
    Api.Response submitted = caseworker.api().post("/api/v1/cases/" + caseId + "/plan/submit", null,
        plan.header("ETag"));
    assertThat(submitted.body().get("status").asText()).isEqualTo("submitted");
    Api.Response editWhilePending = caseworker.api().put("/api/v1/cases/" + caseId + "/plan",
        Api.json("{\"goals\": [{\"description\": \"x\"}]}"), submitted.header("ETag"));
    assertThat(editWhilePending.status()).isEqualTo(409);
    assertThat(editWhilePending.body().get("detail").asText())
        .isEqualTo("a case plan that is submitted cannot be edited before the supervisor has decided on it");
    approve(supervisor, plan.body().get("id").asText());
    JsonNode approvedPlan = caseworker.api().get("/api/v1/cases/" + caseId + "/plan").body();
    assertThat(approvedPlan.get("status").asText()).isEqualTo("approved");
    assertThat(approvedPlan.get("effective").asBoolean()).isTrue();

    // A service, moved along its states; a move backwards is refused.
    Api.Response service = caseworker.api().post("/api/v1/cases/" + caseId + "/services", Api.object()
        .put("type", "education").put("provider", "Public school, Bourj Hammoud").put("startDate", "2026-10-01"));
    assertThat(service.status()).as("%s", service).isEqualTo(201);
    String serviceId = service.body().get("id").asText();
    Api.Response started = caseworker.api().put("/api/v1/services/" + serviceId,
        Api.object().put("status", "in_progress"), service.header("ETag"));
    Api.Response done = caseworker.api().put("/api/v1/services/" + serviceId,
        Api.object().put("status", "completed"), started.header("ETag"));
    assertThat(done.body().get("status").asText()).isEqualTo("completed");
    Api.Response backwards = caseworker.api().put("/api/v1/services/" + serviceId,
        Api.object().put("status", "in_progress"), done.header("ETag"));
    assertThat(backwards.status()).isEqualTo(409);
    assertThat(backwards.body().get("detail").asText()).isEqualTo("a service that is completed cannot be in progress");

    // A follow-up visit answers the open tasks and schedules the next one.
    Api.Response visit = caseworker.api().post("/api/v1/cases/" + caseId + "/follow-ups", Api.object()
        .put("date", "2026-09-20").put("type", "kinship_care_visit").put("notes", "settled, attends school"));
    assertThat(visit.status()).as("%s", visit).isEqualTo(201);
    List<JsonNode> after = ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId);
    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("kind").asText()).isEqualTo("follow_up");
    assertThat(after.get(0).get("dueAt").asText()).isEqualTo(visit.body().get("nextFollowUpDue").asText());
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId + "/follow-ups").body()).hasSize(1);

    // The supervisor was told of each request for approval.
    JsonNode notifications = supervisor.api().get("/api/v1/notifications?unread=true").body().get("items");
    assertThat(notifications.findValuesAsString("kind")).contains("approval_requested");
    long unread = supervisor.api().get("/api/v1/notifications/unread-count").body().get("unread").asLong();
    assertThat(unread).isEqualTo(notifications.size());
    String first = notifications.get(0).get("id").asText();
    assertThat(supervisor.api().post("/api/v1/notifications/" + first + "/read", null).status()).isEqualTo(204);
    assertThat(supervisor.api().get("/api/v1/notifications/unread-count").body().get("unread").asLong())
        .isEqualTo(unread - 1);
    assertThat(caseworker.api().post("/api/v1/notifications/" + first + "/read", null).status())
        .as("someone else's notification").isEqualTo(404);
    assertThat(notifications.toString()).doesNotContain("Lana").doesNotContain("Haddad");
  }

  @Test
  void anUnaccompaniedEritreanBoyScreenedForTraffickingAssessedHighRiskAndReferredForMedicalAndLegalHelp() {
    UUID[] place = district("Libya", "LBY");
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    UUID clinic = createAgency("ngo");
    TestUser nurse = createUser(clinic, "service_provider");
    UUID lawyers = createAgency("ngo");
    TestUser lawyer = createUser(lawyers, "service_provider");
    String caseId = register(caseworker, Api.json("""
        {"givenName": "ዳዊት", "familyName": "ተስፋይ", "givenNameLatin": "Dawit", "familyNameLatin": "Tesfay",
         "sex": "male", "ageYears": 15, "nationality": ["ERI"], "languages": ["tir"],
         "protectionStatus": "unaccompanied", "displacementStatus": "asylum_seeker", "placeOfOrigin": "Keren",
         "locationId": "%s",
         "family": [{"relationship": "mother", "name": "Saba Haile", "alive": "yes", "isCaregiver": false}],
         "journey": [{"stage": "origin", "place": "Keren", "country": "ERI", "departed": "2024-11"},
                     {"stage": "destination", "place": "Tripoli", "country": "LBY", "arrived": "2025-06"}],
         "consent": {"services": true, "tracing": true, "reporting": true, "sharing": ["other_organisations"],
                     "givenBy": "child", "date": "2026-10-02", "legalBasis": "consent"}}
        """.formatted(place[0])));

    // Screening: act (travelled unaccompanied) and purpose (forced to work), no means: enough for a child.
    Api.Response screened = caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"respondent": "child", "answers": [
          {"code": "unodc_travel_unaccompanied", "answer": "yes"},
          {"code": "dtm_forced_to_work", "answer": "yes", "note": "worked on a farm near Kufra to pay the smuggler"},
          {"code": "means_force_or_threat", "answer": "no"},
          {"code": "ilo_deception", "answer": "unknown"}]}
        """));
    assertThat(screened.status()).as("%s", screened).isEqualTo(201);
    assertThat(screened.body().get("flag").asText()).isEqualTo("trafficking_indicators");
    assertThat(screened.body().get("child").asBoolean()).isTrue();
    assertThat(screened.body().get("reasons").toString()).contains("means are not required");
    assertThat(screened.body().get("proposedReferral").asText()).isEqualTo("counter_trafficking_assistance");
    assertThat(screened.body().get("notice").asText()).contains("not an identification");
    assertThat(supervisor.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .as("the supervisor is alerted").contains("trafficking_indicators");
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId).stream()
        .map(t -> t.get("kind").asText())).contains("referral_proposed");

    // The assessment proposes high risk because of the flag, whatever the score.
    String individual = recordAndSubmit(caseworker, "/api/v1/cases/" + caseId + "/assessments",
        assessment("individual", finding("ind_unaccompanied", true, "no relative in Libya"),
            finding("ind_literacy_education", true, "finished primary school")));
    JsonNode proposed = caseworker.api().get("/api/v1/assessments/" + individual).body();
    assertThat(proposed.get("proposedRisk").get("level").asText()).isEqualTo("high");
    assertThat(proposed.get("proposedRisk").get("reasons").toString()).contains("trafficking indicators");
    approve(supervisor, individual);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("riskLevel").asText()).isEqualTo("high");
    JsonNode approved = caseworker.api().get("/api/v1/assessments/" + individual).body();
    JsonNode firstResponse = kind(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId),
        "first_response");
    assertThat(Duration.between(Instant.parse(approved.get("approvedAt").asText()),
        Instant.parse(firstResponse.get("dueAt").asText())))
        .as("high risk: within 24 hours").isBetween(Duration.ofHours(24), Duration.ofHours(24).plusMinutes(1));
    assertThat(supervisor.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .contains("high_risk");

    // Referred for medical and legal help, each granting only what the recipient needs.
    Api.Response medical = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", Api.object()
        .put("toAgencyId", clinic.toString()).put("service", "health").put("reason", "untreated injuries")
        .set("grants", Api.json("{\"g\": [\"identity\", \"protection\"]}").get("g")));
    assertThat(medical.status()).as("%s", medical).isEqualTo(201);
    Api.Response legal = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", Api.object()
        .put("toAgencyId", lawyers.toString()).put("service", "legal_aid").put("reason", "asylum claim")
        .set("grants", Api.json("{\"g\": [\"identity\", \"protection\", \"journey\"]}").get("g")));
    assertThat(legal.status()).as("%s", legal).isEqualTo(201);
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId).stream()
        .map(t -> t.get("kind").asText())).as("the proposed referral was made").doesNotContain("referral_proposed");

    String medicalId = medical.body().get("id").asText();
    assertThat(items(nurse.api().get("/api/v1/referrals/incoming")).stream().map(r -> r.get("id").asText()))
        .containsExactly(medicalId);
    assertThat(nurse.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .contains("referral_received");
    assertThat(nurse.api().get("/api/v1/cases/" + caseId).status()).as("no access to the case as such")
        .isEqualTo(403);
    JsonNode seen = nurse.api().get("/api/v1/referrals/" + medicalId + "/case").body();
    assertThat(seen.get("givenNameLatin").asText()).isEqualTo("Dawit");
    assertThat(seen.get("riskLevel").asText()).isEqualTo("high");
    assertThat(seen.has("family")).isFalse();
    assertThat(seen.has("journey")).isFalse();
    assertThat(seen.has("placeOfOrigin")).isFalse();
    assertThat(lawyer.api().get("/api/v1/referrals/" + medicalId + "/case").status())
        .as("another agency's referral").isEqualTo(403);
    assertThat(lawyer.api().get("/api/v1/referrals/" + legal.body().get("id").asText() + "/case").body()
        .get("journey")).hasSize(2);

    Api.Response foreignAccept = lawyer.api().post("/api/v1/referrals/" + medicalId + "/accept", null,
        medical.header("ETag"));
    assertThat(foreignAccept.status()).isEqualTo(403);
    Api.Response accepted = nurse.api().post("/api/v1/referrals/" + medicalId + "/accept", null,
        medical.header("ETag"));
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    assertThat(accepted.body().get("status").asText()).isEqualTo("accepted");
    Api.Response again = nurse.api().post("/api/v1/referrals/" + medicalId + "/accept", null,
        accepted.header("ETag"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("detail").asText()).isEqualTo("a referral that is accepted cannot be accepted");
    Api.Response rejectLate = nurse.api().post("/api/v1/referrals/" + medicalId + "/reject",
        Api.object().put("reason", "full"), accepted.header("ETag"));
    assertThat(rejectLate.body().get("detail").asText()).isEqualTo("a referral that is accepted cannot be rejected");
    assertThat(caseworker.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .contains("referral_accepted");

    Api.Response done = nurse.api().post("/api/v1/referrals/" + medicalId + "/complete", null,
        accepted.header("ETag"));
    assertThat(done.body().get("status").asText()).isEqualTo("done");
    assertThat(nurse.api().get("/api/v1/referrals/" + medicalId + "/case").status())
        .as("access ends with the referral").isEqualTo(403);
    assertThat(admin().get("/api/v1/audit?recordId=" + caseId + "&size=1000").body().findValuesAsString("action"))
        .contains("case.read.shared", "referral.accept", "screening.create", "assessment.approve", "case.risk-level");
  }

  @Test
  void aReferralTheConsentDoesNotCoverNeedsASupervisorsOverrideWithAReason() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    UUID partner = createAgency("un_agency");
    UUID enforcement = createAgency("government_immigration_enforcement");
    String caseId = register(caseworker, Api.json("""
        {"givenName": "Amina", "sex": "female", "ageYears": 12, "consent": {"services": false}}"""));
    ObjectNode referral = Api.object().put("toAgencyId", partner.toString()).put("service", "health")
        .put("reason", "urgent care");
    referral.putArray("grants").add("protection");

    Api.Response refused = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", referral);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().get("detail").asText()).contains("no consent to services")
        .contains("consentOverrideReason");
    Api.Response notAllowed = caseworker.api().post("/api/v1/cases/" + caseId + "/referrals",
        referral.deepCopy().put("consentOverrideReason", "life-saving care"));
    assertThat(notAllowed.status()).as("caseworkers may not override consent").isEqualTo(403);
    Api.Response overridden = supervisor.api().post("/api/v1/cases/" + caseId + "/referrals",
        referral.deepCopy().put("consentOverrideReason", "life-saving care; caregiver unreachable"));
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(201);
    assertThat(overridden.body().get("consentOverride").get("reason").asText()).startsWith("life-saving");

    String familyOnly = register(caseworker, Api.json("""
        {"givenName": "Hawa", "sex": "female", "ageYears": 13,
         "consent": {"services": true, "sharing": ["family"]}}"""));
    Api.Response notCovered = caseworker.api().post("/api/v1/cases/" + familyOnly + "/referrals", referral);
    assertThat(notCovered.status()).isEqualTo(409);
    assertThat(notCovered.body().get("detail").asText())
        .contains("no consent to sharing with unhcr or other_organisations");

    Api.Response toEnforcement = supervisor.api().post("/api/v1/cases/" + caseId + "/referrals",
        referral.deepCopy().put("toAgencyId", enforcement.toString()).put("consentOverrideReason", "x"));
    assertThat(toEnforcement.status()).isEqualTo(400);
    assertThat(toEnforcement.body().get("errors").get(0).get("field").asText()).isEqualTo("toAgencyId");
    Api.Response revoked = caseworker.api().post("/api/v1/referrals/" + overridden.body().get("id").asText()
        + "/revoke", Api.object().put("reason", "care arranged in-house"), overridden.header("ETag"));
    assertThat(revoked.body().get("status").asText()).isEqualTo("revoked");
    Api.Response completeRevoked = caseworker.api().post("/api/v1/referrals/" + overridden.body().get("id").asText()
        + "/revoke", Api.object().put("reason", "again"), revoked.header("ETag"));
    assertThat(completeRevoked.body().get("detail").asText()).isEqualTo("a referral that is revoked cannot be revoked");
  }

  @Test
  void closureWaitsForApprovalAndAClosedCaseCanBeReopened() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    String caseId = register(caseworker, Api.json("{\"givenName\": \"Yonas\", \"sex\": \"male\", \"ageYears\": 16}"));
    caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"answers": [{"code": "unodc_no_address", "answer": "yes"}]}"""));
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId)).hasSize(1);

    Api.Response asked = caseworker.api().post("/api/v1/cases/" + caseId + "/closure",
        Api.object().put("reason", "reunified with his uncle; follow-up complete"));
    assertThat(asked.status()).as("%s", asked).isEqualTo(202);
    assertThat(asked.body().get("status").asText()).isEqualTo("pending_approval");
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("status").asText()).isEqualTo("open");
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/closure", Api.object().put("reason", "again"))
        .status()).as("one request at a time").isEqualTo(409);
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/closure", Api.object()).status()).isEqualTo(400);

    JsonNode approval = pendingApproval(supervisor, asked.body().get("approvalId").asText());
    assertThat(approval.get("requestNote").asText()).startsWith("reunified");
    assertThat(caseworker.api().get("/api/v1/approvals").status()).as("caseworkers do not approve").isEqualTo(403);
    Api.Response noComment = decide(supervisor, approval, "rejected", null);
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.body().get("errors").get(0).get("field").asText()).isEqualTo("comment");
    Api.Response stale = supervisor.api().post("/api/v1/approvals/" + approval.get("id").asText() + "/decision",
        Api.object().put("decision", "approved"), "\"99\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(decide(supervisor, approval, "approved", "criteria met").status()).isEqualTo(200);
    JsonNode closed = caseworker.api().get("/api/v1/cases/" + caseId).body();
    assertThat(closed.get("status").asText()).isEqualTo("closed");
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId)).as("a closed case needs no work")
        .isEmpty();
    Api.Response decidedTwice = decide(supervisor, approval, "rejected", "changed my mind");
    assertThat(decidedTwice.status()).isIn(409, 412);
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/closure", Api.object().put("reason", "x"))
        .body().get("detail").asText()).isEqualTo("a case that is closed cannot be closed");
    assertThat(caseworker.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .contains("approval_decided");

    // Reopened, with a reason, once approved; nobody approves their own request.
    Api.Response reopening = supervisor.api().post("/api/v1/cases/" + caseId + "/reopening",
        Api.object().put("reason", "placement with the uncle broke down"));
    assertThat(reopening.body().get("status").asText()).isEqualTo("pending_approval");
    JsonNode own = pendingApproval(supervisor, reopening.body().get("approvalId").asText());
    Api.Response ownDecision = decide(supervisor, own, "approved", "urgent");
    assertThat(ownDecision.status()).isEqualTo(403);
    assertThat(ownDecision.body().get("detail").asText()).isEqualTo("nobody decides on their own request");
    TestUser otherSupervisor = createUser(ngo, "supervisor");
    assertThat(decide(otherSupervisor, own, "approved", "agreed").status()).isEqualTo(200);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("status").asText()).isEqualTo("open");
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId + "/history").body().findValuesAsString("to"))
        .contains("closed", "open");
  }

  @Test
  void assessmentsRefuseIllegalTransitionsStaleVersionsAndUnauthorisedOverrides() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    TestUser stranger = createUser(createAgency("ngo"), "caseworker");
    String caseId = register(caseworker, Api.json("{\"givenName\": \"Omar\", \"sex\": \"male\", \"ageYears\": 11}"));
    String path = "/api/v1/cases/" + caseId + "/assessments";

    Api.Response invalid = caseworker.api().post(path, assessment("individual",
        finding("no_such_factor", true, "x"), finding("hh_child_headed", true, "x"),
        finding("ind_debt", true, null)));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("errors").findValuesAsString("field"))
        .containsExactly("findings[0].code", "findings[1].code", "findings[2].evidence");
    assertThat(caseworker.api().post(path, assessment("community")).status()).isEqualTo(400);
    assertThat(stranger.api().post(path, assessment("individual")).status()).isEqualTo(403);

    String id = UUID.randomUUID().toString();
    ObjectNode body = assessment("individual", finding("ind_no_care_arrangement", true, "sleeps in the street"))
        .put("id", id);
    Api.Response draft = caseworker.api().post(path, body);
    assertThat(draft.status()).isEqualTo(201);
    assertThat(draft.body().get("id").asText()).isEqualTo(id);
    assertThat(draft.body().get("proposedRisk").get("level").asText()).isEqualTo("high");
    Api.Response repeated = caseworker.api().post(path, body);
    assertThat(repeated.status()).as("sent twice, recorded once").isEqualTo(200);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId + "/assessments").body().get("assessments"))
        .hasSize(1);
    assertThat(caseworker.api().post("/api/v1/assessments/" + id + "/submit", null).status()).isEqualTo(428);
    assertThat(caseworker.api().post("/api/v1/assessments/" + id + "/submit", null, "\"7\"").status()).isEqualTo(412);
    Api.Response submitted = caseworker.api().post("/api/v1/assessments/" + id + "/submit", null, draft.header("ETag"));
    Api.Response edit = caseworker.api().put("/api/v1/assessments/" + id, assessment("individual"),
        submitted.header("ETag"));
    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.body().get("detail").asText()).contains("submitted cannot be edited");
    Api.Response resubmit = caseworker.api().post("/api/v1/assessments/" + id + "/submit", null,
        submitted.header("ETag"));
    assertThat(resubmit.body().get("detail").asText()).isEqualTo("an assessment that is submitted cannot be submitted");

    // Returned for revision, revised, approved, then overridden by a supervisor with a reason.
    assertThat(decide(supervisor, pendingApproval(supervisor, id), "rejected", "add the evidence of shelter")
        .status()).isEqualTo(200);
    JsonNode returned = caseworker.api().get("/api/v1/assessments/" + id).body();
    assertThat(returned.get("status").asText()).isEqualTo("draft");
    Api.Response revised = caseworker.api().put("/api/v1/assessments/" + id, assessment("individual",
        finding("ind_no_care_arrangement", true, "sleeps in the street; no shelter place free")),
        "\"" + returned.get("version").asLong() + "\"");
    assertThat(revised.status()).as("%s", revised).isEqualTo(200);
    caseworker.api().post("/api/v1/assessments/" + id + "/submit", null, revised.header("ETag"));
    approve(supervisor, id);
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("riskLevel").asText()).isEqualTo("high");

    String etag = caseworker.api().get("/api/v1/assessments/" + id).header("ETag");
    ObjectNode override = Api.object().put("riskLevel", "medium").put("reason", "placed in a shelter since");
    assertThat(caseworker.api().post("/api/v1/assessments/" + id + "/risk-override", override, etag).status())
        .as("caseworkers may not override").isEqualTo(403);
    Api.Response noReason = supervisor.api().post("/api/v1/assessments/" + id + "/risk-override",
        Api.object().put("riskLevel", "medium"), etag);
    assertThat(noReason.status()).isEqualTo(400);
    Api.Response overridden = supervisor.api().post("/api/v1/assessments/" + id + "/risk-override", override, etag);
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(200);
    assertThat(overridden.body().get("riskLevel").asText()).isEqualTo("medium");
    assertThat(overridden.body().get("proposedRisk").get("level").asText()).isEqualTo("high");
    assertThat(overridden.body().get("override").get("reason").asText()).isEqualTo("placed in a shelter since");
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).body().get("riskLevel").asText()).isEqualTo("medium");
  }

  @Test
  void aTransferHandsTheCaseAndItsOpenTasksToTheNewCaseworker() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    TestUser supervisor = createUser(ngo, "supervisor");
    UUID otherNgo = createAgency("ngo");
    TestUser successor = createUser(otherNgo, "caseworker");
    String caseId = register(caseworker, Api.json("{\"givenName\": \"Sara\", \"sex\": \"female\", \"ageYears\": 8}"));
    caseworker.api().post("/api/v1/cases/" + caseId + "/screenings", Api.json("""
        {"answers": [{"code": "unodc_fear_of_authorities", "answer": "yes"}]}"""));
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId)).hasSize(1);

    ObjectNode transfer = Api.object().put("toUserId", successor.id().toString()).put("reason", "moved to Misrata");
    assertThat(caseworker.api().post("/api/v1/cases/" + caseId + "/transfer", transfer).status())
        .as("caseworkers do not transfer").isEqualTo(403);
    assertThat(supervisor.api().post("/api/v1/cases/" + caseId + "/transfer",
        Api.object().put("toUserId", successor.id().toString())).status()).isEqualTo(400);
    Api.Response moved = supervisor.api().post("/api/v1/cases/" + caseId + "/transfer", transfer);
    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(moved.body().get("agencyId").asText()).isEqualTo(otherNgo.toString());

    JsonNode c = successor.api().get("/api/v1/cases/" + caseId).body();
    assertThat(c.get("ownerId").asText()).isEqualTo(successor.id().toString());
    assertThat(caseworker.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(403);
    assertThat(ofCase(items(successor.api().get("/api/v1/tasks/mine")), caseId)).hasSize(1);
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId)).isEmpty();
    assertThat(successor.api().get("/api/v1/notifications").body().get("items").findValuesAsString("kind"))
        .contains("assignment");
    assertThat(admin().get("/api/v1/audit?recordId=" + caseId).body().findValuesAsString("action"))
        .contains("case.transfer");
  }

  @Test
  void theCatalogueShipsItsFactorsInFourLanguagesAndADeploymentAddsItsOwn() {
    JsonNode catalogue = admin().get("/api/v1/assessment-catalogue").body();
    assertThat(catalogue.get("factors").findValuesAsString("level")).contains("individual", "household", "community",
        "structural");
    assertThat(catalogue.get("indicators").findValuesAsString("framework")).contains("ILO_FL", "UNODC_CHILD",
        "UNODC_GENERAL", "DTM_FMS", "PALERMO");
    for (JsonNode entry : catalogue.get("factors")) {
      assertThat(entry.get("labels").propertyNames()).as(entry.get("code").asText()).contains("en", "fr", "ar", "es");
    }
    String code = "ind_local_" + UUID.randomUUID().toString().substring(0, 6);
    Api.Response added = admin().post("/api/v1/assessment-catalogue/factors", Api.json("""
        {"code": "%s", "level": "individual", "polarity": "risk", "weight": 2,
         "labels": {"en": "Works at night", "fr": "Travaille la nuit", "ar": "يعمل ليلا", "es": "Trabaja de noche"}}
        """.formatted(code)));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(admin().get("/api/v1/assessment-catalogue").body().get("factors").findValuesAsString("code"))
        .contains(code);
    assertThat(admin().post("/api/v1/assessment-catalogue/factors", added.body()).status()).isEqualTo(409);
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    assertThat(caseworker.api().post("/api/v1/assessment-catalogue/factors", added.body()).status()).isEqualTo(403);
  }

  @Test
  void aConfirmedTracingMatchIsToldToTheCaseOwner() throws InterruptedException {
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    String surname = "Gebre" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9-]", "x");
    String caseId = register(caseworker, Api.json("""
        {"givenName": "Selam", "familyName": "%s", "sex": "female", "dateOfBirth": "2012-05",
         "nationality": ["ERI"], "placeOfOrigin": "Asmara",
         "family": [{"relationship": "mother", "name": "Azeb %s", "alive": "yes"}],
         "consent": {"services": true, "tracing": true, "reporting": true}}""".formatted(surname, surname)));
    Api.Response filed = caseworker.api().post("/api/v1/tracing-requests", Api.json("""
        {"inquirer": {"name": "Azeb %s", "relationship": "mother"},
         "sought": {"givenName": "Selam", "familyName": "%s", "sex": "female", "dateOfBirth": "2012",
                    "nationality": ["ERI"], "placeOfOrigin": "Asmara"}}""".formatted(surname, surname)));
    assertThat(filed.status()).as("%s", filed).isEqualTo(201);
    String requestId = filed.body().get("id").asText();

    // Matching runs in the background after the commit; well under a second, 20 s for a slow machine.
    String matchId = null;
    for (int i = 0; i < 100 && matchId == null; i++) {
      for (JsonNode match : caseworker.api().get("/api/v1/tracing-requests/" + requestId + "/matches").body()
          .path("items")) {
        if (match.get("caseId").asText().equals(caseId)) {
          matchId = match.get("matchId").asText();
        }
      }
      if (matchId == null) {
        Thread.sleep(200);
      }
    }
    assertThat(matchId).as("the request matched the case").isNotNull();
    Api.Response confirmed = caseworker.api().post("/api/v1/matches/" + matchId + "/decision",
        Api.object().put("decision", "confirmed").put("note", "mother and daughter recognise each other"));
    assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);

    JsonNode told = caseworker.api().get("/api/v1/notifications").body().get("items");
    assertThat(told.findValuesAsString("kind")).contains("tracing_match");
    assertThat(told.toString()).doesNotContain("Selam");
  }

  @Test
  void aDeviceSyncingTwiceRecordsReferralsServicesFollowUpsAndConferencesOnce() {
    UUID ngo = createAgency("ngo");
    TestUser caseworker = createUser(ngo, "caseworker");
    UUID clinic = createAgency("ngo");
    TestUser nurse = createUser(clinic, "service_provider");
    String caseId = register(caseworker, Api.json("""
        {"givenName": "Mariam", "sex": "female", "ageYears": 14, "riskLevel": "medium",
         "consent": {"services": true, "tracing": true, "reporting": true}}"""));
    String otherCase = register(caseworker, Api.json("{\"givenName\": \"Ruth\", \"sex\": \"female\", \"ageYears\": 12}"));

    record Create(String path, ObjectNode body, String list) {}
    ObjectNode referral = Api.object().put("id", UUID.randomUUID().toString()).put("toAgencyId", clinic.toString())
        .put("service", "health").put("reason", "asthma");
    referral.putArray("grants").add("identity");
    List<Create> creates = List.of(
        new Create("/referrals", referral, "/referrals"),
        new Create("/services", Api.object().put("id", UUID.randomUUID().toString()).put("type", "education")
            .put("provider", "Public school"), "/services"),
        new Create("/follow-ups", Api.object().put("id", UUID.randomUUID().toString()).put("date", "2026-11-20")
            .put("notes", "settled"), "/follow-ups"),
        new Create("/conferences", Api.json("""
            {"id": "%s", "date": "2026-11-21", "participants": ["caseworker", "school counsellor"],
             "decisions": "keep her in school"}""".formatted(UUID.randomUUID())), "/conferences"));
    for (Create create : creates) {
      String path = "/api/v1/cases/" + caseId + create.path();
      Api.Response first = caseworker.api().post(path, create.body());
      assertThat(first.status()).as("%s %s", path, first).isEqualTo(201);
      assertThat(first.body().get("id").asText()).isEqualTo(create.body().get("id").asText());
      Api.Response again = caseworker.api().post(path, create.body());
      assertThat(again.status()).as("sent twice to %s: %s", path, again).isEqualTo(200);
      assertThat(again.body().get("id").asText()).isEqualTo(create.body().get("id").asText());
      JsonNode listed = caseworker.api().get("/api/v1/cases/" + caseId + create.list()).body();
      assertThat(listed.has("items") ? listed.get("items") : listed).as(path).hasSize(1);
      Api.Response elsewhere = caseworker.api().post("/api/v1/cases/" + otherCase + create.path(), create.body());
      assertThat(elsewhere.status()).as("the id on another case: %s", elsewhere).isEqualTo(409);
    }
    assertThat(items(nurse.api().get("/api/v1/referrals/incoming"))).as("referred once").hasSize(1);
    assertThat(nurse.api().get("/api/v1/notifications").body().get("items")).as("told once").hasSize(1);
    assertThat(ofCase(items(caseworker.api().get("/api/v1/tasks/mine")), caseId).stream()
        .filter(t -> t.get("kind").asText().equals("follow_up"))).as("one next follow-up").hasSize(1);
    Api.Response notAnId = caseworker.api().post("/api/v1/cases/" + caseId + "/services",
        Api.object().put("id", "42").put("type", "education"));
    assertThat(notAnId.status()).isEqualTo(400);
    assertThat(notAnId.body().get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  void theOpenApiDocumentPublishesTheCaseworkApi() {
    JsonNode paths = anonymous().get("/v3/api-docs").body().get("paths");
    assertThat(paths.propertyNames()).contains("/api/v1/cases/{caseId}/assessments", "/api/v1/context-assessments",
        "/api/v1/assessments/{id}/risk-override", "/api/v1/cases/{caseId}/screenings", "/api/v1/tasks/mine",
        "/api/v1/tasks/team", "/api/v1/approvals", "/api/v1/approvals/{id}/decision", "/api/v1/cases/{caseId}/plan",
        "/api/v1/cases/{caseId}/referrals", "/api/v1/referrals/{id}/case", "/api/v1/cases/{caseId}/transfer",
        "/api/v1/cases/{caseId}/closure", "/api/v1/cases/{caseId}/reopening", "/api/v1/notifications",
        "/api/v1/notifications/unread-count");
  }

  private static JsonNode kind(List<JsonNode> tasks, String kind) {
    return tasks.stream().filter(t -> t.get("kind").asText().equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " task in " + tasks));
  }
}
