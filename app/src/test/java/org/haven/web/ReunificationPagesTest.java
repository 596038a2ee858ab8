package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.TracingPagesTest.awaitPage;
import static org.haven.web.TracingPagesTest.first;
import static org.haven.web.TracingPagesTest.registerChildWithTracingConsent;
import static org.haven.web.TracingPagesTest.uniqueFamilyName;
import static org.haven.web.TracingPagesTest.value;
import static org.haven.web.WebSession.fields;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * The reunification of a confirmed match on the web: the verification checklist, the assessment, the
 * reunification and a follow-up visit, with My work's follow-up task leading to the page. A step out of order
 * is refused with the procedure's reason, and a role that does not trace may not post a step.
 */
@HavenApiTest
class ReunificationPagesTest extends ApiTestSupport {
  private static final Pattern MATCH_LINK = Pattern.compile("href=\"/matches/([0-9a-f-]{36})\"");
  private static final Pattern REUNIFICATION = Pattern.compile("/reunifications/([0-9a-f-]{36})");

  private WebSession signedIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  @Test
  void aConfirmedMatchIsVerifiedAssessedReunifiedAndVisited() {
    UUID agency = createAgency("ngo");
    TestUser user = createUser(agency, "caseworker");
    String family = uniqueFamilyName("Haidari");
    registerChildWithTracingConsent(user, "Zahra", family, "Gholam " + family);
    WebSession web = signedIn(user);
    WebSession.Page form = web.get("/tracing/new");
    String requestId = value(form.body(), "id");
    web.post("/tracing/new", fields("_csrf", form.csrf(), "id", requestId, "inquirer.name", "Gholam " + family,
        "inquirer.relationship", "father", "inquirer.contact", "+000 555 0100", "sought.givenName", "Zahra",
        "sought.familyName", family, "sought.sex", "female", "sought.dateOfBirth", "2012",
        "sought.placeOfOrigin", "Herat"));
    String matchId = first(MATCH_LINK, awaitPage(() -> web.get("/tracing/" + requestId).body(), MATCH_LINK,
        "the match shows"));
    WebSession.Page review = web.get("/matches/" + matchId);
    assertThat(review.body()).doesNotContain("/reunification\"");
    assertThat(web.post("/matches/" + matchId + "/reunification", fields("_csrf", review.csrf())).location())
        .as("a match not confirmed is not reunified").endsWith("?notConfirmed");
    web.post("/matches/" + matchId, fields("_csrf", review.csrf(), "version", value(review.body(), "version"),
        "change", "false", "decision", "confirmed", "note", "same child"));
    review = web.get("/matches/" + matchId);
    assertThat(review.body()).contains("Reunification: verification and next steps");
    WebSession.Page started = web.post("/matches/" + matchId + "/reunification", fields("_csrf", review.csrf()));
    String path = "/reunifications/" + first(REUNIFICATION, started.location());

    WebSession.Page page = web.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("for=\"adultIdentity-outcome\"").doesNotContain("Record the assessment");
    String csrf = page.csrf();
    List<Map.Entry<String, String>> checks = fields("_csrf", csrf, "version",
        CaseworkPagesTest.hidden(page.body(), "/verification", "version"));
    for (String point : List.of("adultIdentity", "relationshipEvidence", "childWishes", "adultWillingness", "safety")) {
      checks.addAll(fields(point + ".outcome", "confirmed", point + ".note", "Seen the documents",
          point + ".checkedBy", "Field officer", point + ".checkedOn", "2026-11-20"));
    }
    web.post(path + "/verification", checks);
    page = web.get(path);
    assertThat(page.body()).contains("The checklist is saved.").contains("Record the assessment");

    web.post(path + "/reunion", fields("_csrf", csrf, "version", CaseworkPagesTest.hidden(page.body(),
        "/assessment", "version"), "date", "2026-11-25", "place", "Herat", "type", "case_by_case",
        "reunifiedWith", "Father", "carriedOutBy", "Field officer"));
    assertThat(web.get(path).body()).as("reunified before the assessment").contains("The procedure does not allow this step yet.");

    web.post(path + "/assessment", fields("_csrf", csrf, "version", CaseworkPagesTest.hidden(page.body(),
        "/assessment", "version"), "recommendation", "reunification", "reasons", "The father is able to care",
        "supportPlan", ""));
    page = web.get(path);
    assertThat(page.body()).contains("The assessment is recorded.").contains("for=\"reunion-date\"");
    web.post(path + "/reunion", fields("_csrf", csrf, "version", CaseworkPagesTest.hidden(page.body(), "/reunion",
        "version"), "date", "2026-11-25", "place", "Herat", "type", "case_by_case", "reunifiedWith", "Father",
        "carriedOutBy", "Field officer\nInterpreter"));
    page = web.get(path);
    assertThat(page.body()).contains("The reunification is recorded").contains("On 2026-11-25 at Herat, with Father")
        .contains("for=\"visit-date\"");

    assertThat(web.get("/work").body()).as("the follow-up task leads to the reunification")
        .contains("href=\"" + path + "#follow-up\"");

    web.post(path + "/follow-ups", fields("_csrf", csrf, "date", "2026-12-10", "visitedBy", "Field officer",
        "childSafe", "yes", "wellbeing", "Back at school", "notes", "", "nextVisitOn", ""));
    assertThat(web.get(path).body()).contains("The visit is recorded.").contains("Back at school");

    TestUser provider = createUser(agency, "service_provider");
    WebSession other = signedIn(provider);
    WebSession.Page any = other.get("/");
    assertThat(other.post(path + "/follow-ups", fields("_csrf", any.csrf(), "date", "2026-12-11", "visitedBy", "x",
        "childSafe", "yes")).status()).as("a role that does not trace posts no step").isEqualTo(403);
  }
}
