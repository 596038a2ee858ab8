package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/**
 * Family tracing on the web without JavaScript: file a request, see its potential matches and the case's,
 * review one side by side with the evidence per field, confirm it; a decision on a match that changed
 * meanwhile is refused with a clear message.
 */
@HavenApiTest
class TracingPagesTest extends ApiTestSupport {
  private static final Duration MATCHING = Duration.ofSeconds(30);
  private static final Pattern MATCH_LINK = Pattern.compile("href=\"/matches/([0-9a-f-]{36})\"");

  /**
   * A family name no other test uses, in letters only (digits do not survive name normalisation): six hex
   * digits of a random UUID written as the letters a to p. Keeping only a UUID's own letters a to f left
   * fewer than five now and then, and the test failed on its own helper.
   */
  static String uniqueFamilyName(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
      name.append((char) ('a' + Character.digit(hex, 16)));
    }
    return name.toString();
  }

  static UUID registerChildWithTracingConsent(TestUser user, String given, String family, String father) {
    Api.Response response = user.api().post("/api/v1/cases", Api.json("""
        {"givenName": "%s", "familyName": "%s", "sex": "female", "dateOfBirth": "2012-03-04",
         "placeOfOrigin": "Herat", "family": [{"relationship": "father", "name": "%s", "alive": "yes"}],
         "consent": {"services": true, "tracing": true}}
        """.formatted(given, family, father)));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  private WebSession signedIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private static String fileRequest(WebSession web, String given, String family, String father) {
    return fileRequest(web, given, family, father, "father");
  }

  private static String fileRequest(WebSession web, String given, String family, String inquirer,
      String relationship) {
    WebSession.Page form = web.get("/tracing/new");
    assertThat(form.status()).isEqualTo(200);
    String id = value(form.body(), "id");
    WebSession.Page filed = web.post("/tracing/new", fields("_csrf", form.csrf(), "id", id,
        "inquirer.name", inquirer, "inquirer.relationship", relationship, "inquirer.contact", "+000 555 0100",
        "sought.givenName", given, "sought.familyName", family, "sought.sex", "female",
        "sought.dateOfBirth", "2012", "sought.placeOfOrigin", "Herat"));
    assertThat(filed.status()).as(filed.body()).isEqualTo(302);
    assertThat(filed.location()).endsWith("/tracing/" + id + "?filed");
    return id;
  }

  @Test
  void aFatherFilesARequestAndTheCaseworkerConfirmsTheMatchSideBySide() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = uniqueFamilyName("Ahmadi");
    UUID caseId = registerChildWithTracingConsent(user, "Zahra", family, "Gholam " + family);
    WebSession web = signedIn(user);

    String requestId = fileRequest(web, "Zahra", family, "Gholam " + family);
    String requestPage = awaitPage(() -> web.get("/tracing/" + requestId).body(), MATCH_LINK,
        "the match shows on the request's page");
    assertThat(requestPage).contains("Gholam " + family).contains(family);
    String matchId = first(MATCH_LINK, requestPage);

    assertThat(web.get("/cases/" + caseId).body()).as("the case page lists the match")
        .contains("/matches/" + matchId).contains("looked for by Gholam " + family);
    assertThat(web.get("/").body()).as("the dashboard lists new matches").contains("/matches/" + matchId);

    WebSession.Page review = web.get("/matches/" + matchId);
    assertThat(review.status()).isEqualTo(200);
    assertThat(review.body()).contains("<table class=\"compare\">").contains("Given name").contains("Family name")
        .contains("Father&#39;s name").contains("for, ")
        .as("a sister would fit the family's fields as well as the child: the page says what then decides")
        .contains("Could also be a brother or sister");
    WebSession.Page decided = web.post("/matches/" + matchId, fields("_csrf", review.csrf(),
        "version", value(review.body(), "version"), "change", "false", "decision", "confirmed", "note", "same child"));
    assertThat(decided.status()).isEqualTo(302);
    assertThat(decided.location()).endsWith("/matches/" + matchId + "?confirmed");
    assertThat(web.get(java.net.URI.create(decided.location()).getRawPath() + "?confirmed").body())
        .contains("The match is confirmed.");
    assertThat(user.api().get("/api/v1/tracing-requests/" + requestId + "/matches").body().toString())
        .contains("\"status\":\"confirmed\"");
  }

  @Test
  void theReviewOfOneMatchListsTheOtherChildrenTheRequestMayBeAbout() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = uniqueFamilyName("Karimi");
    registerChildWithTracingConsent(user, "Zahra", family, "Gholam " + family);
    registerChildWithTracingConsent(user, "Zahra", family, "Gholam " + family);
    WebSession web = signedIn(user);

    String requestId = fileRequest(web, "Zahra", family, "Gholam " + family);
    Pattern twoMatches = Pattern.compile(
        "href=\"/matches/([0-9a-f-]{36})\"[\\s\\S]*href=\"/matches/(?!\\1)([0-9a-f-]{36})\"");
    Matcher both = twoMatches.matcher(awaitPage(() -> web.get("/tracing/" + requestId).body(), twoMatches,
        "both registrations show as matches of the request"));
    assertThat(both.find()).isTrue();

    String review = web.get("/matches/" + both.group(1)).body();
    assertThat(review).contains("Other potential matches of this request")
        .contains("/matches/" + both.group(2)).doesNotContain("href=\"/matches/" + both.group(1) + "\"");
  }

  @Test
  void aDecisionOnAMatchThatChangedMeanwhileIsRefusedAndSaysSo() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = uniqueFamilyName("Rahimi");
    registerChildWithTracingConsent(user, "Zahra", family, "Karim " + family);
    WebSession web = signedIn(user);
    String requestId = fileRequest(web, "Zahra", family, "Karim " + family);
    String matchId = first(MATCH_LINK, awaitPage(() -> web.get("/tracing/" + requestId).body(), MATCH_LINK,
        "the match shows"));

    WebSession.Page opened = web.get("/matches/" + matchId);
    String version = value(opened.body(), "version");
    assertThat(user.api().post("/api/v1/matches/" + matchId + "/decision",
        Api.object().put("decision", "rejected")).status()).isEqualTo(200);

    WebSession.Page stale = web.post("/matches/" + matchId, fields("_csrf", opened.csrf(), "version", version,
        "change", "false", "decision", "confirmed"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("This match changed after you opened it");
    assertThat(user.api().get("/api/v1/matches/" + matchId).body().get("status").asText()).isEqualTo("rejected");
  }

  @Test
  void aRequestWithoutTheInquirerOrAChildsNameIsShownAgainWithTheErrorsNextToTheFields() {
    WebSession web = signedIn(createUser(createAgency("ngo"), "caseworker"));
    WebSession.Page form = web.get("/tracing/new");
    WebSession.Page refused = web.post("/tracing/new", fields("_csrf", form.csrf(), "id", value(form.body(), "id"),
        "inquirer.contact", "+000 555 0101", "sought.sex", "female"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"inquirer-name-error\"").contains("aria-invalid=\"true\"")
        .contains("value=\"+000 555 0101\"");
  }

  @Test
  void aRoleThatDoesNotTraceGetsNoTracingNamesOrLinksInThePage() {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    String family = uniqueFamilyName("Karimi");
    UUID caseId = registerChildWithTracingConsent(caseworker, "Zahra", family, "Reza " + family);
    WebSession web = signedIn(caseworker);
    String requestId = fileRequest(web, "Zahra", family, "Leila " + family, "mother");
    String matchId = first(MATCH_LINK, awaitPage(() -> web.get("/tracing/" + requestId).body(), MATCH_LINK,
        "the match shows"));
    // An agency administrator reads the agency's cases but neither traces nor edits them.
    TestUser agencyAdmin = createUser(agency, "agency_admin");

    WebSession theirs = signedIn(agencyAdmin);
    WebSession.Page casePage = theirs.get("/cases/" + caseId);
    assertThat(casePage.status()).isEqualTo(200);
    assertThat(casePage.body()).contains("Zahra").doesNotContain("Leila " + family).doesNotContain("/matches/")
        .doesNotContain("section-tracing").doesNotContain("href=\"/tracing\"").doesNotContain("/edit");
    WebSession.Page match = theirs.get("/matches/" + matchId);
    assertThat(match.status()).isEqualTo(403);
    assertThat(match.body()).doesNotContain(family);
    assertThat(theirs.get("/tracing/" + requestId).status()).isEqualTo(403);
  }

  static String awaitPage(Supplier<String> page, Pattern wanted, String what) {
    long deadline = System.nanoTime() + MATCHING.toNanos();
    while (true) {
      String body = page.get();
      if (wanted.matcher(body).find()) {
        return body;
      }
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

  static String first(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String value(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("field %s", name).isTrue();
    return m.group(1);
  }
}
