package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * The casework pages as a browser without JavaScript uses them: a caseworker writes and submits a case
 * plan, a supervisor decides on it from the approval queue, the caseworker is told; forms a role may not
 * use are not in its pages.
 */
@HavenApiTest
class CaseworkPagesTest extends ApiTestSupport {

  private WebSession signIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private UUID registerByApi(TestUser user, String family) {
    Api.Response response = user.api().post("/api/v1/cases", Api.object().put("givenName", "Samir")
        .put("familyName", family).put("sex", "male").put("dateOfBirth", "2012").put("riskLevel", "medium"));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  /** Writes a plan of one goal with one action through the form and submits it. */
  private void writeAndSubmitPlan(WebSession web, UUID caseId, String goal) {
    String path = "/cases/" + caseId + "/casework";
    WebSession.Page page = web.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"plan-form\"").contains("for=\"goal0.description\"");
    WebSession.Page saved = web.post(path + "/plan", fields("_csrf", page.csrf(), "goal0.description", goal,
        "goal0.action0.description", "Enrol in the nearest school", "goal0.action0.responsible", "Caseworker",
        "goal0.action0.dueDate", "2027-01-15", "goal0.action0.status", "open",
        "goal0.action1.description", "", "goal0.action1.responsible", "", "goal0.action1.dueDate", "",
        "goal0.action1.status", "open"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).contains("planSaved");
    page = web.get(path);
    assertThat(page.body()).contains(goal).contains("Enrol in the nearest school").contains(">Draft<");
    WebSession.Page submitted = web.post(path + "/plan/submit", fields("_csrf", page.csrf(),
        "version", hidden(page.body(), "submit", "version")));
    assertThat(submitted.location()).contains("planSubmitted");
    assertThat(web.get(path).body()).contains("Waiting for approval").doesNotContain("id=\"plan-form\"");
  }

  @Test
  void aSupervisorApprovesASubmittedPlanFromTheQueueAndTheCaseworkerIsTold() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = registerByApi(caseworker, "Plan" + UUID.randomUUID().toString().substring(0, 6));
    WebSession cw = signIn(caseworker);
    writeAndSubmitPlan(cw, caseId, "Back to school within a month");

    WebSession sup = signIn(supervisor);
    WebSession.Page dashboard = sup.get("/");
    assertThat(dashboard.body()).contains("Waiting for a decision: ").contains("href=\"/approvals\"");
    WebSession.Page queue = sup.get("/approvals");
    assertThat(queue.status()).isEqualTo(200);
    String approvalPath = link(queue.body(), "/approvals/");
    WebSession.Page request = sup.get(approvalPath);
    assertThat(request.body()).contains("Case plan").contains("Back to school within a month")
        .contains("for=\"comment\"");

    WebSession.Page rejectedWithoutReason = sup.post(approvalPath, fields("_csrf", request.csrf(),
        "version", hidden(request.body(), "approval", "version"), "decision", "rejected", "comment", ""));
    assertThat(rejectedWithoutReason.status()).isEqualTo(400);
    assertThat(rejectedWithoutReason.body()).contains("Say why you reject it");

    String version = hidden(request.body(), "approval", "version");
    WebSession.Page approved = sup.post(approvalPath, fields("_csrf", request.csrf(), "version", version,
        "decision", "approved", "comment", "Good plan"));
    assertThat(approved.status()).isEqualTo(302);
    assertThat(sup.get("/approvals").body()).contains("Approved.").doesNotContain(approvalPath);

    WebSession.Page again = sup.post(approvalPath, fields("_csrf", request.csrf(), "version", version,
        "decision", "rejected", "comment", "Changed my mind"));
    assertThat(again.status()).as("a request decided meanwhile").isEqualTo(409);
    assertThat(again.body()).contains("Someone else decided or changed this request");

    WebSession.Page casework = cw.get("/cases/" + caseId + "/casework");
    assertThat(casework.body()).contains(">Approved<").contains("approved ");
    WebSession.Page work = cw.get("/work");
    assertThat(work.body()).contains("Your request was decided").contains("class=\"badge\"");
    WebSession.Page read = cw.post("/work/notifications/read", fields("_csrf", work.csrf()));
    assertThat(read.status()).isEqualTo(302);
    assertThat(cw.get("/work").body()).doesNotContain("class=\"badge\"");
  }

  @Test
  void aPlanChangedMeanwhileIsNotOverwritten() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    UUID caseId = registerByApi(caseworker, "Stale" + UUID.randomUUID().toString().substring(0, 6));
    WebSession cw = signIn(caseworker);
    String path = "/cases/" + caseId + "/casework";
    WebSession.Page first = cw.get(path);
    cw.post(path + "/plan", fields("_csrf", first.csrf(), "goal0.description", "Find the family",
        "goal0.action0.description", "File a tracing request"));
    WebSession.Page opened = cw.get(path);
    String version = hidden(opened.body(), "plan-form", "version");
    cw.post(path + "/plan", fields("_csrf", opened.csrf(), "version", version, "goal0.description", "First edit",
        "goal0.action0.description", "Visit"));
    WebSession.Page stale = cw.post(path + "/plan", fields("_csrf", opened.csrf(), "version", version,
        "goal0.description", "Second edit", "goal0.action0.description", "Call"));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("Someone else changed the plan");
    assertThat(cw.get(path).body()).contains("First edit").doesNotContain("Second edit");

    WebSession.Page missing = cw.post(path + "/plan", fields("_csrf", opened.csrf(), "version",
        hidden(cw.get(path).body(), "plan-form", "version"), "goal0.description", "",
        "goal0.action0.description", "An action without a goal"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("aria-invalid=\"true\"").contains("An action without a goal");
  }

  @Test
  void aRoleWithoutTheRightSeesNoFormForIt() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser agencyAdmin = createUser(agency, "agency_admin");
    UUID caseId = registerByApi(caseworker, "Reader" + UUID.randomUUID().toString().substring(0, 6));

    WebSession admin = signIn(agencyAdmin);
    WebSession.Page page = admin.get("/cases/" + caseId + "/casework");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Case plan").doesNotContain("id=\"plan-form\"")
        .doesNotContain("/casework/plan");
    WebSession.Page post = admin.post("/cases/" + caseId + "/casework/plan", fields("_csrf", page.csrf(),
        "goal0.description", "Not mine to write", "goal0.action0.description", "x"));
    assertThat(post.status()).isEqualTo(403);

    WebSession cw = signIn(caseworker);
    WebSession.Page dashboard = cw.get("/");
    assertThat(dashboard.body()).contains("id=\"tasks\"").doesNotContain("href=\"/approvals\"");
    assertThat(cw.get("/approvals").status()).isEqualTo(403);
    assertThat(cw.get("/work").status()).isEqualTo(200);
  }

  @Test
  void theCasePageLinksToItsCasework() {
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    UUID caseId = registerByApi(caseworker, "Links" + UUID.randomUUID().toString().substring(0, 6));
    String body = signIn(caseworker).get("/cases/" + caseId).body();
    assertThat(body).contains("href=\"/cases/" + caseId + "/casework\"")
        .contains("href=\"/cases/" + caseId + "/best-interests\"");
  }

  @Test
  void anAssessmentShowsTheProposedRiskWithItsReasonsAndOnlyASupervisorMayOverrideIt() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = registerByApi(caseworker, "Assess" + UUID.randomUUID().toString().substring(0, 6));
    WebSession cw = signIn(caseworker);
    String path = "/cases/" + caseId + "/casework";
    WebSession.Page page = cw.get(path);
    assertThat(page.body()).contains("for=\"present-ind_no_care_arrangement\"")
        .contains("Unaccompanied with no care arrangement").contains("for=\"evidence-ind_no_care_arrangement\"");

    WebSession.Page withoutEvidence = cw.post(path + "/assessments", fields("_csrf", page.csrf(),
        "present", "ind_no_care_arrangement", "evidence.ind_no_care_arrangement", ""));
    assertThat(withoutEvidence.location()).endsWith("#assessment");
    assertThat(cw.get(path).body()).contains("Say what shows this factor is present.");

    WebSession.Page recorded = cw.post(path + "/assessments", fields("_csrf", page.csrf(),
        "present", "ind_no_care_arrangement", "evidence.ind_no_care_arrangement", "Sleeps at the bus station"));
    assertThat(recorded.status()).isEqualTo(302);
    page = cw.get(path);
    assertThat(page.body()).contains("The assessment is recorded as a draft.").contains("Proposed risk level:")
        .contains("Sleeps at the bus station").contains("Why this level")
        .doesNotContain("Override the proposed risk level");

    WebSession sup = signIn(supervisor);
    WebSession.Page everyForm = sup.get(path);
    assertThat(everyForm.body()).contains("Override the proposed risk level").contains("name=\"reason\"");
    assertThat(everyForm.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .as("the casework page with every form, for a poor connection").isLessThan(150_000);
  }

  @Test
  void aReferralTheConsentDoesNotCoverIsRefusedUnlessASupervisorGivesAReason() {
    UUID agency = createAgency("ngo");
    UUID legalAid = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    UUID caseId = registerByApi(caseworker, "Refer" + UUID.randomUUID().toString().substring(0, 6));
    String path = "/cases/" + caseId + "/casework";
    WebSession cw = signIn(caseworker);
    WebSession.Page page = cw.get(path);
    assertThat(page.body()).contains("id=\"referral-form\"").doesNotContain("consentOverrideReason");
    WebSession.Page refused = cw.post(path + "/referrals", fields("_csrf", page.csrf(), "toAgencyId",
        legalAid.toString(), "service", "legal_aid", "reason", "Asylum claim", "grants", "identity"));
    assertThat(refused.location()).endsWith("#referrals");
    assertThat(cw.get(path).body()).contains("consent does not cover this referral");

    WebSession sup = signIn(supervisor);
    page = sup.get(path);
    assertThat(page.body()).contains("name=\"consentOverrideReason\"");
    sup.post(path + "/referrals", fields("_csrf", page.csrf(), "toAgencyId", legalAid.toString(), "service",
        "legal_aid", "reason", "Asylum claim", "grants", "identity", "grants", "protection",
        "consentOverrideReason", "Deadline for the claim is tomorrow"));
    assertThat(sup.get(path).body()).contains("The referral is sent.").contains("consent overridden");

    WebSession recipient = signIn(createUser(legalAid, "caseworker"));
    WebSession.Page received = recipient.get("/referrals");
    assertThat(received.body()).contains("Asylum claim").contains("Accept");
    String referral = link(received.body(), "/referrals/");
    WebSession.Page shared = recipient.get(referral);
    assertThat(shared.status()).isEqualTo(200);
    assertThat(shared.body()).contains("Samir");
    WebSession.Page accepted = recipient.post(referral + "/accept", fields("_csrf", received.csrf(),
        "version", hidden(received.body(), "/accept", "version")));
    assertThat(accepted.location()).endsWith("/referrals");
    assertThat(recipient.get("/referrals").body()).contains("The referral is accepted.").contains("Mark the service done");
  }

  /** The value of a hidden field named {@code name} in the first form whose attributes mention {@code marker}. */
  static String hidden(String html, String marker, String name) {
    Matcher forms = Pattern.compile("<form[^>]*" + Pattern.quote(marker) + "[^>]*>(.*?)</form>", Pattern.DOTALL)
        .matcher(html);
    assertThat(forms.find()).as("a form mentioning %s", marker).isTrue();
    Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(forms.group(1));
    if (!value.find()) {
      value = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"").matcher(forms.group(1));
      assertThat(value.find()).as("hidden %s in the form", name).isTrue();
    }
    return value.group(1);
  }

  private static String link(String html, String prefix) {
    Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[0-9a-f-]{36})\"").matcher(html);
    assertThat(m.find()).as("a link to %s", prefix).isTrue();
    return m.group(1);
  }

}
