package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case page summarises the casework and best interests of the case (assessments and risk, plan,
 * services, referrals, BIAs) for the people who work it, each linking to the full page; a role without
 * those rights gets none of these sections, not even empty ones.
 */
@HavenApiTest
class CaseSummariesPagesTest extends ApiTestSupport {
  private static final String[] SUMMARY_SECTIONS = {"section-assessments", "section-plan", "section-services",
      "section-referrals", "section-bestInterests"};

  private WebSession signIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private static void created(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }

  /** A case with an approved assessment overridden to high, a plan, a service, a referral and a BIA. */
  private UUID workedCase(TestUser caseworker, TestUser supervisor, UUID legalAid) {
    Api.Response registered = caseworker.api().post("/api/v1/cases", Api.json("""
        {"givenName": "Samir", "familyName": "Summary%s", "sex": "male", "dateOfBirth": "2012",
         "consent": {"services": true, "tracing": true, "reporting": true, "sharing": ["other_organisations"],
                     "givenBy": "child", "date": "2026-10-02", "legalBasis": "consent"}}
        """.formatted(UUID.randomUUID().toString().substring(0, 6))));
    created(registered);
    String caseId = registered.body().get("id").asText();

    Api.Response assessment = caseworker.api().post("/api/v1/cases/" + caseId + "/assessments", Api.json("""
        {"level": "individual", "findings": [{"code": "ind_no_care_arrangement", "present": true,
          "evidence": "Sleeps at the bus station"}]}"""));
    created(assessment);
    String assessmentId = assessment.body().get("id").asText();
    Api.Response submitted = caseworker.api().post("/api/v1/assessments/" + assessmentId + "/submit", null,
        assessment.header("ETag"));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    JsonNode approval = null;
    for (JsonNode pending : supervisor.api().get("/api/v1/approvals").body().get("items")) {
      if (pending.get("subjectId").asText().equals(assessmentId)) {
        approval = pending;
      }
    }
    assertThat(approval).as("the assessment waits for approval").isNotNull();
    Api.Response approved = supervisor.api().post("/api/v1/approvals/" + approval.get("id").asText() + "/decision",
        Api.object().put("decision", "approved").put("comment", "reviewed"), "\"" + approval.get("version").asLong() + "\"");
    assertThat(approved.status()).as("%s", approved).isEqualTo(200);
    Api.Response current = supervisor.api().get("/api/v1/assessments/" + assessmentId);
    Api.Response overridden = supervisor.api().post("/api/v1/assessments/" + assessmentId + "/risk-override",
        Api.object().put("riskLevel", "high").put("reason", "Threatened by a smuggler"), current.header("ETag"));
    assertThat(overridden.status()).as("%s", overridden).isEqualTo(200);

    Api.Response plan = caseworker.api().put("/api/v1/cases/" + caseId + "/plan", Api.json("""
        {"goals": [{"description": "Back to school within a month",
                    "actions": [{"description": "Enrol in the nearest school", "responsible": "caseworker"}]}]}"""),
        null);
    assertThat(plan.status()).as("%s", plan).isIn(200, 201);
    created(caseworker.api().post("/api/v1/cases/" + caseId + "/services", Api.object().put("type", "education")
        .put("provider", "Public school of the district")));
    created(caseworker.api().post("/api/v1/cases/" + caseId + "/referrals", Api.object()
        .put("toAgencyId", legalAid.toString()).put("service", "legal_aid").put("reason", "asylum claim")
        .set("grants", Api.json("{\"g\": [\"identity\"]}").get("g"))));
    created(caseworker.api().post("/api/v1/cases/" + caseId + "/bias", Api.json("""
        {"type": "short", "childViews": {"views": "I want to stay at this school", "howObtained": "interview"}}""")));
    return UUID.fromString(caseId);
  }

  @Test
  void theCasePageSummarisesTheCaseworkAndBestInterestsForThoseWhoWorkTheCase() {
    UUID agency = createAgency("ngo");
    UUID legalAid = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = workedCase(caseworker, supervisor, legalAid);

    WebSession.Page page = signIn(caseworker).get("/cases/" + caseId);
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    for (String section : SUMMARY_SECTIONS) {
      assertThat(html).contains("id=\"" + section + "\"");
    }
    assertThat(html).as("in the order of the case: assessments, plan, services, referrals, best interests")
        .containsSubsequence("id=\"section-consent\"", "id=\"section-assessments\"", "id=\"section-plan\"",
            "id=\"section-services\"", "id=\"section-referrals\"", "id=\"section-bestInterests\"");
    assertThat(html).contains("Risk level in effect: High").contains("Overridden to High: Threatened by a smuggler")
        .contains("Why this level").contains("Individual assessment").contains(">Approved<");
    assertThat(html).contains("Back to school within a month").contains("1 of 1 actions open").contains(">Draft<");
    assertThat(html).contains("Public school of the district").contains(">planned<");
    assertThat(html).contains("legal_aid").contains("Agency AG-").contains(">in progress<");
    assertThat(html).contains("Short BIA");
    assertThat(html).contains("href=\"/cases/" + caseId + "/casework#assessment\"")
        .contains("href=\"/cases/" + caseId + "/casework#plan\"")
        .contains("href=\"/cases/" + caseId + "/casework#services\"")
        .contains("href=\"/cases/" + caseId + "/casework#referrals\"")
        .contains("href=\"/cases/" + caseId + "/best-interests\"").contains("Open best interests");
    assertThat(html).as("read-only: the forms stay on the full pages").doesNotContain("/casework/plan\"")
        .doesNotContain("/best-interests/bias\"");

    WebSession.Page alone = signIn(caseworker).get("/cases/" + caseId + "/sections/plan");
    assertThat(alone.status()).isEqualTo(200);
    assertThat(alone.body()).contains("id=\"section-plan\"").contains("Back to school within a month");
  }

  @Test
  void aRoleWithoutTheRightsOfCaseworkGetsNoneOfTheseSections() {
    UUID agency = createAgency("ngo");
    UUID legalAid = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    TestUser agencyAdmin = createUser(agency, "agency_admin");
    UUID caseId = workedCase(caseworker, supervisor, legalAid);

    WebSession admin = signIn(agencyAdmin);
    WebSession.Page page = admin.get("/cases/" + caseId);
    assertThat(page.status()).as("the administrator still reads the child's record").isEqualTo(200);
    assertThat(page.body()).contains("id=\"section-identity\"");
    for (String section : SUMMARY_SECTIONS) {
      assertThat(page.body()).doesNotContain("id=\"" + section + "\"");
    }
    assertThat(page.body()).doesNotContain("Back to school within a month").doesNotContain("Public school")
        .doesNotContain("Short BIA").doesNotContain("Risk level in effect");
    assertThat(admin.get("/cases/" + caseId + "/sections/plan").status()).isEqualTo(404);
  }
}
