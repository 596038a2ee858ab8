package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * A BID carried through the best-interests page from report to review without the API: the caseworker writes
 * and sends the report, the supervisor approves it and convenes the panel, the members vote, the chair decides,
 * the caseworker records telling the child and asks for a review, the supervisor reopens. Each form appears
 * only for the role that may take the step, and a post from another role is refused.
 */
@HavenApiTest
class BidStepsPagesTest extends ApiTestSupport {

  private WebSession signIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private UUID child(TestUser user) {
    Api.Response response = user.api().post("/api/v1/cases", Api.object().put("givenName", "Amani")
        .put("familyName", "Bid" + UUID.randomUUID().toString().substring(0, 6)).put("sex", "male")
        .put("dateOfBirth", "2011").put("protectionStatus", "unaccompanied"));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  private static String bidId(String html) {
    String marker = "/best-interests/bids/";
    int at = html.indexOf(marker);
    assertThat(at).as("a form of a BID").isPositive();
    return html.substring(at + marker.length(), at + marker.length() + 36);
  }

  @Test
  void aBidGoesFromReportToReopeningThroughThePage() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser second = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = child(caseworker);
    String path = "/cases/" + caseId + "/best-interests";
    WebSession sup = signIn(supervisor);
    WebSession cw = signIn(caseworker);

    WebSession.Page page = sup.get(path);
    sup.post(path + "/bids", fields("_csrf", page.csrf(), "reason", "durable_solution", "note", "Uncle abroad"));
    page = cw.get(path);
    String bid = path + "/bids/" + bidId(page.body());
    assertThat(page.body()).contains("Write the BID report").contains("for=\"report-background-");

    cw.post(bid + "/report", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/report\"", "version"), "background", "Arrived alone in 2024",
        "views", "I want to join my uncle", "howObtained", "interview", "ageAtInterview", "13", "maturity", "Mature",
        "familyViews", "The uncle agrees", "safety", "Safe in care", "familyRelationships", "Close to the uncle",
        "developmentAndIdentity", "In school", "optionsConsidered", "reunification", "optionsConsidered",
        "local_integration", "recommendedOption", "reunification", "recommendedSolution", "resettlement"));
    page = cw.get(path);
    assertThat(page.body()).contains("The BID report is saved.").contains("Arrived alone in 2024")
        .contains("Send the report to the supervisor").doesNotContain("Approve the report for the panel");
    cw.post(bid + "/report/submit", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/report/submit", "version")));
    page = cw.get(path);
    assertThat(page.body()).contains("The BID report is sent to the supervisor.")
        .doesNotContain("Approve the report for the panel");

    assertThat(sup.get("/work").body()).as("the supervisor's task links to where the report is reviewed")
        .contains("href=\"" + path + "#bid\"");
    page = sup.get(path);
    assertThat(page.body()).contains("Approve the report for the panel");
    sup.post(bid + "/report/review", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/report/review", "version"), "outcome", "approved", "comment", ""));
    page = cw.get(path);
    assertThat(page.body()).as("a caseworker does not convene the panel").doesNotContain("class=\"stack panel-form\"");
    assertThat(cw.post(bid + "/panel", fields("_csrf", page.csrf(), "version", "1", "members",
        caseworker.id().toString())).status()).isEqualTo(403);

    page = sup.get(path);
    assertThat(page.body()).contains("The review of the report is recorded.").contains("Convene the panel")
        .contains("for=\"panel-meeting-");
    sup.post(bid + "/panel", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/panel", "version"), "members", supervisor.id().toString(),
        "members", caseworker.id().toString(), "members", second.id().toString(),
        "chairId", supervisor.id().toString(), "meetingOn", "2026-12-01"));
    page = sup.get(path);
    assertThat(page.body()).contains("The panel is convened").contains("meeting on 2026-12-01");

    String panelPage = "/bids/" + bid.substring(bid.lastIndexOf('/') + 1);
    assertThat(cw.get("/work").body()).as("a member's vote task links to the BID's panel page")
        .contains("href=\"" + panelPage + "\"");
    WebSession secondMember = signIn(second);
    WebSession.Page panel = secondMember.get(panelPage);
    assertThat(panel.status()).as("a member reads the BID on its panel page to vote").isEqualTo(200);
    assertThat(panel.body()).contains("id=\"panel-vote-form\"").contains("for=\"panel-vote-undertaking\"")
        .doesNotContain("Amani");
    secondMember.post(panelPage + "/vote", fields("_csrf", panel.csrf(), "option", "reunification", "comment", "",
        "confidentialityUndertaking", "true"));
    assertThat(secondMember.get(panelPage).body()).contains("Your vote is recorded.");
    for (TestUser member : new TestUser[] {caseworker, supervisor}) {
      WebSession web = member == caseworker ? cw : sup;
      // A member from outside the case's scope votes from the link of their task; any page gives the token.
      WebSession.Page p = web.get("/work");
      web.post(bid + "/vote", fields("_csrf", p.csrf(), "option", "reunification", "comment", "",
          "confidentialityUndertaking", "true"));
    }
    page = sup.get(path);
    sup.post(bid + "/decision", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/decision", "version"), "option", "reunification",
        "reasons", "The uncle can care for him"));
    assertThat(sup.get(path).body()).contains("The decision is recorded.");

    page = cw.get(path);
    assertThat(page.body()).contains("Record the communication")
        .contains("Ask for a review");
    cw.post(bid + "/communication", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/communication", "version"), "communicatedOn", "2026-12-03",
        "how", "in_person_with_interpreter", "communicatedBy", "His caseworker", "familyInformed", "true",
        "childResponse", "Relieved"));
    page = cw.get(path);
    assertThat(page.body()).contains("The communication of the decision is recorded.")
        .contains("on 2026-12-03, In person with an interpreter, by His caseworker");
    cw.post(bid + "/review-request", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/review-request", "version"), "reason", "The uncle moved"));
    page = cw.get(path);
    assertThat(page.body()).contains("The review is requested.").doesNotContain("Reopen for a new round");
    assertThat(cw.post(bid + "/review", fields("_csrf", page.csrf(), "version", "1", "outcome", "reopen",
        "reason", "x")).status()).as("only a supervisor answers a review").isEqualTo(403);

    page = sup.get(path);
    sup.post(bid + "/review", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/review\"", "version"), "outcome", "reopen", "reason",
        "New address"));
    assertThat(sup.get(path).body()).contains("The answer to the review request is recorded.")
        .contains("reopened");
  }

  @Test
  void aReportSentWithoutTheFactorsNamesWhatIsMissingAndAStaleVersionIsRefused() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = child(caseworker);
    String path = "/cases/" + caseId + "/best-interests";
    WebSession sup = signIn(supervisor);
    WebSession.Page page = sup.get(path);
    sup.post(path + "/bids", fields("_csrf", page.csrf(), "reason", "durable_solution", "note", ""));
    WebSession cw = signIn(caseworker);
    page = cw.get(path);
    String bid = path + "/bids/" + bidId(page.body());
    String version = CaseworkPagesTest.hidden(page.body(), "/report\"", "version");
    cw.post(bid + "/report", fields("_csrf", page.csrf(), "version", version, "background", "Only this"));
    page = cw.get(path);
    cw.post(bid + "/report/submit", fields("_csrf", page.csrf(), "version",
        CaseworkPagesTest.hidden(page.body(), "/report/submit", "version")));
    assertThat(cw.get(path).body()).contains("Please correct the fields marked below.");

    cw.post(bid + "/report", fields("_csrf", page.csrf(), "version", version, "background", "Old page"));
    assertThat(cw.get(path).body()).contains("Someone else changed this record");
  }

  @Test
  void aSolutionsStepsAreEditedAndAStepAdded() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    UUID caseId = child(caseworker);
    String path = "/cases/" + caseId + "/best-interests";
    WebSession cw = signIn(caseworker);
    WebSession.Page page = cw.get(path);
    cw.post(path + "/solutions", fields("_csrf", page.csrf(), "type", "local_integration", "note", "School place"));
    page = cw.get(path);
    assertThat(page.body()).contains("Edit the steps").contains("for=\"new-step-");
    String marker = "/best-interests/solutions/";
    int at = page.body().indexOf(marker);
    String solution = path + "/solutions/" + page.body().substring(at + marker.length(), at + marker.length() + 36);
    String version = CaseworkPagesTest.hidden(page.body(), "/steps", "version");
    String firstStep = page.body().replaceAll("(?s).*name=\"step\\.0\\.name\" value=\"([^\"]*)\".*", "$1");
    cw.post(solution + "/steps", fields("_csrf", page.csrf(), "version", version, "step.0.name", firstStep,
        "step.0.status", "done", "step.0.doneOn", "2026-11-20", "newStep", "Enrol in the local school",
        "newStepDueOn", "2027-01-10", "note", "School place found"));
    page = cw.get(path);
    assertThat(page.body()).contains("The steps of the solution are saved.").contains("Enrol in the local school")
        .contains("value=\"2026-11-20\"");
    cw.post(solution + "/steps", fields("_csrf", page.csrf(), "version", version, "note", "stale"));
    assertThat(cw.get(path).body()).contains("Someone else changed this record");
  }
}
