package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * Case conferences and household assessments on the casework page, community and structural assessments on
 * their own page: recorded through the forms, refused with the field named when something is missing, and
 * neither the forms nor the posts open to a role without the right.
 */
@HavenApiTest
class ConferenceAndContextPagesTest extends ApiTestSupport {

  private WebSession signIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private UUID child(TestUser user) {
    Api.Response response = user.api().post("/api/v1/cases", Api.object().put("givenName", "Samir")
        .put("familyName", "Conf" + UUID.randomUUID().toString().substring(0, 6)).put("sex", "male")
        .put("dateOfBirth", "2012").put("riskLevel", "medium"));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  @Test
  void aCaseworkerRecordsAConferenceAndAHouseholdAssessment() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser agencyAdmin = createUser(agency, "agency_admin");
    UUID caseId = child(caseworker);
    String path = "/cases/" + caseId + "/casework";
    WebSession cw = signIn(caseworker);
    WebSession.Page page = cw.get(path);
    assertThat(page.body()).contains("id=\"conference-form\"").contains("for=\"conference-participants\"")
        .contains("id=\"household-assessment-form\"").contains("for=\"present-hh_family_violence\"");

    cw.post(path + "/conferences", fields("_csrf", page.csrf(), "date", "2026-11-20", "participants", "",
        "decisions", "Refer to the shelter"));
    page = cw.get(path);
    assertThat(page.body()).contains("Please correct the fields marked below.");
    cw.post(path + "/conferences", fields("_csrf", page.csrf(), "date", "2026-11-20", "participants",
        "Caseworker, NGO\nTeacher\n", "decisions", "Refer to the shelter", "notes", ""));
    page = cw.get(path);
    assertThat(page.body()).contains("The case conference is recorded.").contains("<li>Caseworker, NGO</li>")
        .contains("Teacher").contains("Refer to the shelter");

    cw.post(path + "/assessments", fields("_csrf", page.csrf(), "level", "household", "present",
        "hh_single_caregiver", "evidence.hh_single_caregiver", "The mother raises four children alone", "notes", ""));
    page = cw.get(path);
    assertThat(page.body()).contains("The assessment is recorded as a draft.").contains("Household assessment")
        .contains("The mother raises four children alone");

    WebSession admin = signIn(agencyAdmin);
    WebSession.Page read = admin.get(path);
    assertThat(read.body()).doesNotContain("id=\"conference-form\"").doesNotContain("id=\"household-assessment-form\"");
    assertThat(admin.post(path + "/conferences", fields("_csrf", read.csrf(), "date", "2026-11-21",
        "participants", "x", "decisions", "y")).status()).isEqualTo(403);
  }

  @Test
  void aSupervisorRecordsCommunityAndStructuralAssessmentsAndACaseworkerSeesNoLink() {
    UUID agency = createAgency("ngo");
    TestUser supervisor = createUser(agency, "supervisor");
    TestUser provider = createUser(agency, "service_provider");
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Api.Response imported = admin().postRaw("/api/v1/locations/import", "text/csv",
        "Country,Country code,Region,Region code\n#country+name,#country+code,#adm1+name,#adm1+code\n"
            + "Lebanon,LBN,Region " + suffix + ",LB" + suffix + "\n");
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);

    WebSession sup = signIn(supervisor);
    assertThat(sup.get("/").body()).contains("href=\"/assessments/context\"");
    WebSession.Page page = sup.get("/assessments/context");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"community-form\"").contains("for=\"community-pcode\"")
        .contains("for=\"structural-country\"").contains("for=\"present-com_xenophobia\"");

    sup.post("/assessments/context", fields("_csrf", page.csrf(), "level", "community", "pcode", "NOWHERE"));
    assertThat(sup.get("/assessments/context").body()).contains("Please correct the fields marked below.");
    sup.post("/assessments/context", fields("_csrf", page.csrf(), "level", "community", "pcode", "LB" + suffix,
        "present", "com_xenophobia", "evidence.com_xenophobia", "Tension reported by key informants"));
    page = sup.get("/assessments/context");
    assertThat(page.body()).contains("The assessment is recorded as a draft.").contains("Region " + suffix);
    sup.post("/assessments/context", fields("_csrf", page.csrf(), "level", "structural", "country", "lbn",
        "present", "str_detention_policy", "evidence.str_detention_policy", "Children detained at the border"));
    page = sup.get("/assessments/context");
    assertThat(page.body()).contains("LBN");
    sup.post(page.body().replaceAll("(?s).*action=\"(/assessments/context/[0-9a-f-]{36}/submit)\".*", "$1"),
        fields("_csrf", page.csrf(), "version", CaseworkPagesTest.hidden(page.body(), "/submit", "version"),
            "level", "community"));
    assertThat(sup.get("/assessments/context").body()).contains("The assessment is submitted for approval.");
    assertThat(sup.get("/approvals").status()).as("the queue shows a submitted context assessment").isEqualTo(200);

    WebSession other = signIn(provider);
    WebSession.Page home = other.get("/");
    assertThat(home.body()).doesNotContain("/assessments/context");
    assertThat(other.get("/assessments/context").status()).isEqualTo(403);
    assertThat(other.post("/assessments/context", fields("_csrf", home.csrf(), "level", "structural",
        "country", "LBN")).status()).isEqualTo(403);
  }
}
