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
 * The administrators' pages without JavaScript: agencies, users and roles (create, change, deactivate),
 * the location import with its errors by line and column, a lookup value and a custom field with labels
 * in the four languages; the supervisors' team workload and reassignment.
 */
@HavenApiTest
class AdminPagesTest extends ApiTestSupport {

  private WebSession administrator() {
    WebSession web = new WebSession(port);
    web.login("admin", ADMIN_PASSWORD);
    return web;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAdministratorCreatesAnAgencyAndAUserThenChangesTheRoleAndDeactivatesThem() {
    WebSession web = administrator();
    String code = unique("ngo-");
    WebSession.Page agencies = web.get("/admin/agencies");
    assertThat(agencies.status()).isEqualTo(200);
    WebSession.Page created = web.post("/admin/agencies", fields("_csrf", agencies.csrf(), "code", code,
        "name", "Field Partners " + code, "type", "un_agency"));
    assertThat(created.location()).endsWith("/admin/agencies?created");
    assertThat(web.get("/admin/agencies").body()).contains("Field Partners " + code).contains("UN agency");

    WebSession.Page refused = web.post("/admin/agencies", fields("_csrf", agencies.csrf(), "code", "",
        "name", "", "type", ""));
    assertThat(refused.body()).contains("id=\"code-error\"").contains("id=\"name-error\"");

    WebSession.Page users = web.get("/admin/users");
    String agencyId = optionValue(users.body(), "Field Partners " + code);
    String username = unique("worker.");
    WebSession.Page user = web.post("/admin/users", fields("_csrf", users.csrf(), "username", username,
        "fullName", "Nadia Field", "password", PASSWORD, "agencyId", agencyId, "role", "caseworker", "scope", ""));
    assertThat(user.location()).endsWith("/admin/users?created");
    new WebSession(port).login(username, PASSWORD);
    Api token = login(username, PASSWORD);
    assertThat(token.get("/api/v1/cases").status()).as("the new user's token works").isEqualTo(200);

    WebSession.Page list = web.get("/admin/users");
    Matcher form = Pattern.compile("action=\"/admin/users/([0-9a-f-]{36})\"(?:(?!</form>).)*?name=\"version\" "
        + "value=\"(\\d+)\"(?:(?!</form>).)*?Role of " + Pattern.quote(username), Pattern.DOTALL).matcher(list.body());
    assertThat(form.find()).as("the user's row").isTrue();
    WebSession.Page changed = web.post("/admin/users/" + form.group(1), fields("_csrf", list.csrf(),
        "version", form.group(2), "role", "supervisor", "scope", "agency", "active", "false"));
    assertThat(changed.location()).endsWith("/admin/users?changed");
    assertThat(web.get("/admin/users").body()).contains("deactivated");
    assertThat(token.get("/api/v1/cases").status()).as("a deactivated user's token stops at once").isEqualTo(401);
    WebSession.Page stale = web.post("/admin/users/" + form.group(1), fields("_csrf", list.csrf(),
        "version", form.group(2), "role", "caseworker", "scope", "own", "active", "true"));
    assertThat(stale.body()).contains("Someone changed this user meanwhile");

    WebSession.Page login = new WebSession(port).get("/login");
    WebSession second = new WebSession(port);
    WebSession.Page denied = second.post("/login", fields("_csrf", second.get("/login").csrf(), "username", username,
        "password", PASSWORD));
    assertThat(denied.location()).as("a deactivated user cannot sign in").contains("error");
    assertThat(login.status()).isEqualTo(200);
  }

  @Test
  void theLocationImportShowsErrorsByLineAndColumnOrWhatItImported() {
    WebSession web = administrator();
    WebSession.Page page = web.get("/admin/locations");
    String csrf = page.csrf();
    String region = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    WebSession.Page bad = web.postFile("/admin/locations?_csrf=" + csrf, "file", "bad.csv", """
        Country code,Region code,Region
        #country+code,#adm1+code,#adm1+name
        LBY,,No code
        """);
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body()).contains("Nothing was imported").contains("line 3, column 2");

    WebSession.Page good = web.postFile("/admin/locations?_csrf=" + csrf, "file", "good.csv", """
        Country code,Region code,Region
        #country+code,#adm1+code,#adm1+name
        LBY,%s,Web Import Region
        """.formatted(region));
    assertThat(good.body()).contains("Imported: ");
  }

  @Test
  void aLookupValueAndACustomFieldAreAddedWithLabelsInFourLanguages() {
    WebSession web = administrator();
    WebSession.Page forms = web.get("/admin/forms");
    String code = "river_crossing_" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
    WebSession.Page added = web.post("/admin/lookups/values", fields("_csrf", forms.csrf(), "lookup", "travel_means",
        "code", code, "label.en", "River crossing", "label.fr", "Traversée de rivière", "label.ar", "عبور نهر",
        "label.es", "Cruce de río"));
    assertThat(added.location()).endsWith("/admin/forms?valueAdded");
    String key = "shelterName" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
    WebSession.Page field = web.post("/admin/forms/fields", fields("_csrf", forms.csrf(), "field.key", key,
        "field.type", "text", "field.label.en", "Shelter", "field.label.fr", "Abri", "field.label.ar", "المأوى",
        "field.label.es", "Refugio"));
    assertThat(field.location()).endsWith("/admin/forms?fieldAdded");
    assertThat(web.get("/admin/forms?lang=fr").body()).contains(key).contains("Abri").contains(code);
  }

  @Test
  void aSupervisorSeesTheWorkloadAndGivesACaseToAnotherCaseworker() {
    UUID agency = createAgency("ngo");
    TestUser first = createUser(agency, "caseworker");
    TestUser second = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    var response = first.api().post("/api/v1/cases", org.haven.support.Api.object().put("givenName", "Layla")
        .put("familyName", unique("Team")).put("sex", "female").put("riskLevel", "high"));
    String caseId = response.body().get("id").asText();

    WebSession web = new WebSession(port);
    web.login(supervisor.username(), PASSWORD);
    WebSession.Page team = web.get("/team");
    assertThat(team.status()).isEqualTo(200);
    assertThat(team.body()).contains(first.username()).contains(second.username());

    WebSession.Page form = web.get("/cases/" + caseId + "/owner");
    WebSession.Page moved = web.post("/cases/" + caseId + "/owner", fields("_csrf", form.csrf(),
        "version", TracingPagesTest.value(form.body(), "version"), "ownerId", second.id().toString()));
    assertThat(moved.location()).endsWith("/cases/" + caseId + "?reassigned");
    assertThat(admin().get("/api/v1/cases/" + caseId).body().get("ownerId").asText())
        .isEqualTo(second.id().toString());
    assertThat(web.get("/cases/" + caseId + "/history").body()).contains("ownerId");
    assertThat(admin().get("/api/v1/audit?recordId=" + caseId).body().toString()).contains("case.reassign");

    WebSession caseworker = new WebSession(port);
    caseworker.login(first.username(), PASSWORD);
    assertThat(caseworker.get("/team").status()).isEqualTo(403);
    assertThat(caseworker.get("/admin/users").status()).isEqualTo(403);
  }

  private static String optionValue(String html, String label) {
    Matcher m = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>" + Pattern.quote(label) + "<").matcher(html);
    assertThat(m.find()).as("option %s", label).isTrue();
    return m.group(1);
  }
}
