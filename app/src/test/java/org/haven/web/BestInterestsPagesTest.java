package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * The best-interests page as a browser without JavaScript uses it: a BIA with the child's views, what a
 * durable solution needs before it is implemented shown before anyone tries, the procedure's refusal
 * shown when they try anyway, and the forms of the supervisor's rights absent for a caseworker.
 */
@HavenApiTest
class BestInterestsPagesTest extends ApiTestSupport {

  private WebSession signIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private UUID unaccompaniedChild(TestUser user) {
    Api.Response response = user.api().post("/api/v1/cases", Api.object().put("givenName", "Lina")
        .put("familyName", "Best" + UUID.randomUUID().toString().substring(0, 6)).put("sex", "female")
        .put("dateOfBirth", "2012").put("protectionStatus", "unaccompanied"));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  @Test
  void aCaseworkerRecordsTheChildsViewsAndSeesWhatASolutionNeedsBeforeTrying() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    UUID caseId = unaccompaniedChild(caseworker);
    String path = "/cases/" + caseId + "/best-interests";
    WebSession cw = signIn(caseworker);
    WebSession.Page page = cw.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"bia-form\"").contains("for=\"bia-views\"")
        .doesNotContain("Open the BID").doesNotContain("Record the panel");

    WebSession.Page started = cw.post(path + "/bias", fields("_csrf", page.csrf(), "type", "short",
        "views", "I want to live with my aunt in the city", "howObtained", "interview", "ageAtInterview", "13",
        "maturity", "Mature for her age", "safety", "Safe with the foster family", "recommendation",
        "Trace the aunt", "priority", "1_week"));
    assertThat(started.location()).endsWith("#bia");
    page = cw.get(path);
    assertThat(page.body()).contains("The assessment is started.").contains("I want to live with my aunt in the city")
        .contains("Submit for review");

    WebSession.Page checked = cw.get(path + "?check=resettlement");
    assertThat(checked.body()).contains("id=\"checked-requirement\"")
        .contains("A best-interests determination (BID) is needed before it is implemented.");

    cw.post(path + "/solutions", fields("_csrf", page.csrf(), "type", "resettlement", "note", "Aunt abroad"));
    page = cw.get(path);
    assertThat(page.body()).contains("The durable solution is planned.").contains("class=\"requirement\"");
    String version = CaseworkPagesTest.hidden(page.body(), "/status", "version");
    String solutionForm = page.body().substring(page.body().indexOf("/best-interests/solutions/"));
    String solutionId = solutionForm.substring("/best-interests/solutions/".length(),
        "/best-interests/solutions/".length() + 36);
    cw.post(path + "/solutions/" + solutionId + "/status", fields("_csrf", page.csrf(), "version", version,
        "status", "implementing", "reason", "Visa granted"));
    assertThat(cw.get(path).body()).contains("The procedure does not allow this yet.");
  }

  @Test
  void aSupervisorMayOpenABidAndAnAgencyAdministratorSeesNothingOfTheChild() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    TestUser agencyAdmin = createUser(agency, "agency_admin");
    UUID caseId = unaccompaniedChild(caseworker);
    String path = "/cases/" + caseId + "/best-interests";

    WebSession sup = signIn(supervisor);
    WebSession.Page page = sup.get(path);
    assertThat(page.body()).contains("Open the BID");
    sup.post(path + "/bids", fields("_csrf", page.csrf(), "reason", "durable_solution", "note", "Resettlement"));
    assertThat(sup.get(path).body()).contains("The BID is opened.").contains("Durable solution");

    WebSession.Page asAdmin = signIn(agencyAdmin).get(path);
    assertThat(asAdmin.status()).as("an agency administrator reads no best-interests records").isEqualTo(403);
    assertThat(asAdmin.body()).doesNotContain("Lina").doesNotContain("best-interests/bids");
  }
}
