package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.WebSession.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;

/** The web pages over real HTTP, as a browser without JavaScript uses them. */
@HavenApiTest
class WebPagesTest extends ApiTestSupport {

  private WebSession caseworker(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  private UUID registerByApi(TestUser user, String given, String family) {
    Api.Response response = user.api().post("/api/v1/cases", Api.object().put("givenName", given)
        .put("familyName", family).put("sex", "female").put("dateOfBirth", "2014").put("riskLevel", "high"));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  @Test
  void theReportsPageShowsTablesWithServerDrawnChartsAndDownloadLinks() {
    TestUser analyst = createUser(createAgency("un_agency"), "analyst");
    WebSession web = caseworker(analyst);
    WebSession.Page page = web.get("/reports?from=2020-01-01");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<svg", "class=\"bar\"", "Caseload by age (UNHCR bands) and sex",
        "/reports/caseload-by-status/export?format=csv", "/reports/export?format=pdf", "Disclosure control");
    assertThat(page.body()).doesNotContain("<script src=\"http");
    WebSession.Page csv = web.get("/reports/caseload-by-status/export?format=csv&from=2020-01-01");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("#status+case+code", "Disclosure control");
    WebSession.Page bad = web.get("/reports?from=not-a-date");
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body()).contains("from");
    assertThat(web.get("/reports?lang=ar").body()).contains("التقارير");
  }

  @Test
  void pagesNeedALogin() {
    WebSession web = new WebSession(port);
    for (String path : List.of("/", "/cases", "/cases/new", "/cases/" + UUID.randomUUID())) {
      WebSession.Page page = web.get(path);
      assertThat(page.status()).as(path).isEqualTo(302);
      assertThat(page.location()).as(path).endsWith("/login");
    }
    assertThat(web.get("/login").status()).isEqualTo(200);
    assertThat(web.get("/css/haven.css").status()).isEqualTo(200);
  }

  @Test
  void anHtmxRequestWithoutSessionIsToldToRefreshInsteadOfGettingTheLoginPage() {
    WebSession.Page page = new WebSession(port).header("HX-Request", "true").get("/cases?q=x");
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.headers().firstValue("HX-Refresh")).contains("true");
  }

  @Test
  void theApiStaysStatelessAndDoesNotRedirect() {
    WebSession web = new WebSession(port);
    WebSession.Page page = web.get("/api/v1/cases");
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("application/problem+json"));
    assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void loginNeedsTheCsrfTokenAndSetsAProtectedSessionCookie() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    WebSession web = new WebSession(port);
    web.get("/login");
    WebSession.Page withoutToken = web.post("/login", fields("username", user.username(), "password", PASSWORD));
    assertThat(withoutToken.status()).isEqualTo(403);

    WebSession.Page form = web.get("/login");
    WebSession.Page wrong = web.post("/login", fields("_csrf", form.csrf(), "username", user.username(),
        "password", "not the password"));
    assertThat(wrong.location()).endsWith("/login?error");

    form = web.get("/login");
    WebSession.Page ok = web.post("/login", fields("_csrf", form.csrf(), "username", user.username(),
        "password", PASSWORD));
    assertThat(ok.status()).isEqualTo(302);
    assertThat(ok.location()).doesNotContain("error");
    String setCookie = String.join("\n", ok.headers().allValues("Set-Cookie"));
    assertThat(setCookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

    WebSession.Page dashboard = web.get("/");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body()).contains(user.username());

    WebSession.Page logout = web.post("/logout", fields("_csrf", dashboard.csrf()));
    assertThat(logout.location()).endsWith("/login?logout");
    assertThat(web.get("/").status()).isEqualTo(302);
  }

  @Test
  void aCaseworkerDoesNotSeeACaseOutsideTheirScope() {
    UUID agency = createAgency("ngo");
    TestUser owner = createUser(agency, "caseworker");
    TestUser other = createUser(agency, "caseworker");
    String family = "Outofscope" + UUID.randomUUID().toString().substring(0, 6);
    UUID id = registerByApi(owner, "Hawa", family);

    WebSession web = caseworker(other);
    WebSession.Page page = web.get("/cases/" + id);
    assertThat(page.status()).isIn(403, 404);
    assertThat(page.body()).doesNotContain(family).doesNotContain("Hawa");
    WebSession.Page list = web.get("/cases?q=" + family);
    assertThat(list.status()).isEqualTo(200);
    assertThat(results(list.body())).doesNotContain(family);
    assertThat(web.get("/cases/" + id + "/edit").body()).doesNotContain(family);

    WebSession mine = caseworker(owner);
    assertThat(mine.get("/cases/" + id).body()).contains(family);
    assertThat(results(mine.get("/cases?q=" + family).body())).contains(family);
  }

  @Test
  void theArabicPagesReadRightToLeftAndTheChoiceIsKept() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    WebSession web = caseworker(user);
    WebSession.Page arabic = web.get("/?lang=ar");
    assertThat(arabic.body()).contains("lang=\"ar\"").contains("dir=\"rtl\"").contains("لوحة المتابعة");
    WebSession.Page next = web.get("/cases");
    assertThat(next.body()).contains("dir=\"rtl\"").contains("aria-current=\"true\"");
    WebSession.Page french = web.get("/cases?lang=fr");
    assertThat(french.body()).contains("lang=\"fr\"").contains("dir=\"ltr\"").contains("Dossiers");
    assertThat(web.get("/?lang=xx").body()).contains("lang=\"fr\"");
  }

  @Test
  void theLanguageOfTheBrowserIsUsedUntilTheUserChooses() {
    WebSession web = new WebSession(port).header("Accept-Language", "es-CO, en;q=0.5");
    assertThat(web.get("/login").body()).contains("lang=\"es\"").contains("Iniciar sesión");
  }

  @Test
  void registeringWithoutJavaScriptWarnsOfDuplicatesAndCreatesOneCaseForADoubleSubmit() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = "Wizard" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
    WebSession web = caseworker(user);
    WebSession.Page start = web.get("/cases/new");
    assertThat(start.status()).isEqualTo(200);
    String id = hidden(start.body(), "id");

    // The identity step refuses a missing sex, on the same page, with 200.
    WebSession.Page missing = web.post("/cases/new", fields("_csrf", start.csrf(), "id", id, "step", "identity",
        "givenName", "Amina", "familyName", family, "action", "next"));
    assertThat(missing.status()).isEqualTo(200);
    assertThat(missing.body()).contains("aria-invalid=\"true\"").contains("Step 1 of 3");

    List<Map.Entry<String, String>> all = new ArrayList<>(fields("_csrf", start.csrf(), "id", id, "step", "consent",
        "givenName", "Amina", "familyName", family, "sex", "female", "dateOfBirth", "2014",
        "family[0].relationship", "mother", "family[0].name", "Fatima", "consentServices", "true",
        "riskLevel", "high", "action", "register"));
    WebSession.Page registered = web.post("/cases/new", all);
    assertThat(registered.status()).as(registered.body()).isEqualTo(302);
    String location = registered.location();
    assertThat(location).contains("/cases/" + id);
    WebSession.Page again = web.post("/cases/new", all);
    assertThat(again.location()).isEqualTo(location);
    assertThat(user.api().get("/api/v1/cases?q=" + family).body().get("total").asInt()).isEqualTo(1);

    WebSession.Page casePage = web.get("/cases/" + id);
    assertThat(casePage.body()).contains(family).contains("Fatima").contains("Mother");

    // The same child spelled differently: the wizard shows the first before it registers a second.
    WebSession.Page second = web.get("/cases/new");
    String secondId = hidden(second.body(), "id");
    WebSession.Page warned = web.post("/cases/new", fields("_csrf", second.csrf(), "id", secondId, "step",
        "consent", "givenName", "Aminah", "familyName", family, "sex", "female", "dateOfBirth", "2014",
        "action", "register"));
    assertThat(warned.status()).isEqualTo(200);
    assertThat(warned.body()).contains("may already be registered").contains("/cases/" + id);

    // The live check returns the same warning as a fragment.
    WebSession.Page fragment = web.header("HX-Request", "true").post("/cases/new/duplicates", fields("_csrf",
        second.csrf(), "id", secondId, "givenName", "Aminah", "familyName", family, "sex", "female"));
    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.body()).contains("id=\"duplicates\"").contains("/cases/" + id).doesNotContain("<html");
  }

  @Test
  void aStaleEditSaysSoAndOverwritesNothing() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = "Stale" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
    UUID id = registerByApi(user, "Maryam", family);
    WebSession web = caseworker(user);
    WebSession.Page edit = web.get("/cases/" + id + "/edit");
    assertThat(hidden(edit.body(), "version")).isEqualTo("1");

    Api.Response current = user.api().get("/api/v1/cases/" + id);
    var body = (tools.jackson.databind.node.ObjectNode) current.body();
    body.put("placeOfOrigin", "Saved by someone else");
    assertThat(user.api().put("/api/v1/cases/" + id, body, current.header("ETag")).status())
        .isEqualTo(200);

    WebSession.Page stale = web.post("/cases/" + id + "/edit", fields("_csrf", edit.csrf(), "version", "1",
        "givenName", "Mariam", "familyName", family, "sex", "female", "dateOfBirth", "2014", "riskLevel", "high"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else saved this case");
    assertThat(user.api().get("/api/v1/cases/" + id).body().get("givenName").asText()).isEqualTo("Maryam");

    WebSession.Page fresh = web.get("/cases/" + id + "/edit");
    WebSession.Page saved = web.post("/cases/" + id + "/edit", fields("_csrf", fresh.csrf(), "version",
        hidden(fresh.body(), "version"), "givenName", "Mariam", "familyName", family, "sex", "female",
        "dateOfBirth", "2014", "riskLevel", "high", "placeOfOrigin", "Saved by someone else"));
    assertThat(saved.location()).endsWith("/cases/" + id + "?saved");
    var after = user.api().get("/api/v1/cases/" + id).body();
    assertThat(after.get("givenName").asText()).isEqualTo("Mariam");
    assertThat(after.has("givenNameLatin") ? after.get("givenNameLatin").asText() : "Mariam").isEqualTo("Mariam");
    assertThat(after.get("placeOfOrigin").asText()).isEqualTo("Saved by someone else");
  }

  @Test
  void liveSearchAnswersWithTheResultsOnlyAndTheCasePageStaysSmall() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = "Search" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "z");
    UUID id = registerByApi(user, "Yusuf", family);
    WebSession web = caseworker(user);
    WebSession.Page fragment = web.header("HX-Request", "true").get("/cases?q=" + family + "&risk=high");
    assertThat(fragment.body()).contains("id=\"results\"").contains(family).doesNotContain("<html");
    assertThat(fragment.headers().allValues("Vary").toString()).containsIgnoringCase("HX-Request");

    WebSession plain = caseworker(user);
    WebSession.Page page = plain.get("/cases/" + id);
    int total = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (String asset : assets(page.body())) {
      WebSession.Page a = plain.get(asset);
      assertThat(a.status()).as(asset).isEqualTo(200);
      total += a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    assertThat(total).as("bytes of the case page with its styles and scripts, uncompressed").isLessThan(150 * 1024);
  }

  /** The search results part of the case list page, without the search box that repeats the query. */
  private static String results(String html) {
    int start = html.indexOf("id=\"results\"");
    assertThat(start).as("results section").isPositive();
    return html.substring(start);
  }

  private static List<String> assets(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).isNotEmpty();
    return found;
  }

  private static String hidden(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
    if (!m.find()) {
      m = Pattern.compile("id=\"" + Pattern.quote(name) + "\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
          .matcher(html);
      assertThat(m.find()).as("hidden field %s", name).isTrue();
    }
    return m.group(1);
  }
}
