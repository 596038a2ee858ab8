package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.web.TracingPagesTest.value;
import static org.haven.web.WebSession.fields;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Working a case on one page without JavaScript: family members, care arrangements over time, the journey
 * as legs, consent with its legal basis, protection concerns, each edited with the version it started
 * from; the history tab shows every change field by field.
 */
@HavenApiTest
class CaseWorkPagesTest extends ApiTestSupport {

  private UUID register(TestUser user, String family) {
    Api.Response response = user.api().post("/api/v1/cases", Api.json("""
        {"givenName": "Samir", "familyName": "%s", "sex": "male", "ageYears": 13,
         "family": [{"relationship": "mother", "name": "Huda %s", "alive": "yes"}]}
        """.formatted(family, family)));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return UUID.fromString(response.body().get("id").asText());
  }

  private WebSession signedIn(TestUser user) {
    WebSession web = new WebSession(port);
    web.login(user.username(), PASSWORD);
    return web;
  }

  @Test
  void aCaseworkerAddsARelativeACareArrangementAJourneyLegConsentAndConcerns() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = TracingPagesTest.uniqueFamilyName("Haddad");
    UUID id = register(user, family);
    WebSession web = signedIn(user);

    WebSession.Page casePage = web.get("/cases/" + id);
    for (String part : List.of("family", "careArrangements", "journey", "protectionConcerns", "consent")) {
      assertThat(casePage.body()).contains("id=\"section-" + part + "\"").contains("/cases/" + id + "/edit/" + part);
    }

    WebSession.Page familyForm = web.get("/cases/" + id + "/edit/family");
    assertThat(familyForm.body()).contains("value=\"Huda " + family + "\"").contains("name=\"family.1.name\"");
    save(web, id, "family", familyForm, "rows", "2",
        "family.0.relationship", "mother", "family.0.name", "Huda " + family, "family.0.alive", "yes",
        "family.1.relationship", "brother", "family.1.name", "Omar " + family, "family.1.alive", "unknown",
        "family.1.isCaregiver", "true");

    WebSession.Page care = web.get("/cases/" + id + "/edit/careArrangements");
    save(web, id, "careArrangements", care, "rows", "1", "careArrangements.0.type", "kinship_care_extended_family",
        "careArrangements.0.caregiverName", "Omar " + family, "careArrangements.0.startDate", "2026-01-10");

    WebSession.Page journey = web.get("/cases/" + id + "/edit/journey");
    save(web, id, "journey", journey, "rows", "1", "journey.0.stage", "origin", "journey.0.place", "Aleppo",
        "journey.0.departed", "2025-06", "journey.0.means", "on_foot");

    WebSession.Page consent = web.get("/cases/" + id + "/edit/consent");
    save(web, id, "consent", consent, "consent.services", "true", "consent.tracing", "true",
        "consent.givenBy", "child", "consent.date", "2026-01-10", "consent.legalBasis", "consent");

    WebSession.Page concerns = web.get("/cases/" + id + "/edit/protectionConcerns");
    String concern = firstOption(concerns.body(), "protectionConcerns");
    save(web, id, "protectionConcerns", concerns, "protectionConcerns", concern);

    JsonNode saved = user.api().get("/api/v1/cases/" + id).body();
    assertThat(saved.get("family")).hasSize(2);
    assertThat(saved.get("family").get(1).get("name").asText()).isEqualTo("Omar " + family);
    assertThat(saved.get("family").get(1).get("isCaregiver").asBoolean()).isTrue();
    assertThat(saved.get("careArrangements").get(0).get("type").asText()).isEqualTo("kinship_care_extended_family");
    assertThat(saved.get("journey").get(0).get("place").asText()).isEqualTo("Aleppo");
    assertThat(saved.get("consent").get("legalBasis").asText()).isEqualTo("consent");
    assertThat(saved.get("consent").get("tracing").asBoolean()).isTrue();
    assertThat(saved.get("protectionConcerns").get(0).asText()).isEqualTo(concern);

    WebSession.Page history = web.get("/cases/" + id + "/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).contains("consent.legalBasis").contains("Aleppo").contains("Omar " + family);

    WebSession.Page section = web.get("/cases/" + id + "/sections/journey");
    assertThat(section.body()).startsWith("<section").contains("Aleppo").doesNotContain("<html");
  }

  @Test
  void removingARowAndAStaleSaveOfAPart() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    String family = TracingPagesTest.uniqueFamilyName("Nasser");
    UUID id = register(user, family);
    WebSession web = signedIn(user);
    WebSession.Page form = web.get("/cases/" + id + "/edit/family");

    Api.Response current = user.api().get("/api/v1/cases/" + id);
    var body = (tools.jackson.databind.node.ObjectNode) current.body();
    body.put("placeOfOrigin", "Homs");
    assertThat(user.api().put("/api/v1/cases/" + id, body, current.header("ETag")).status()).isEqualTo(200);

    WebSession.Page stale = web.post("/cases/" + id + "/edit/family", fields("_csrf", form.csrf(),
        "version", value(form.body(), "version"), "rows", "2", "family.0.relationship", "mother",
        "family.0.name", "Huda " + family, "family.0.remove", "true", "action", "save"));
    assertThat(stale.status()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else saved this case");
    assertThat(user.api().get("/api/v1/cases/" + id).body().get("family")).hasSize(1);

    WebSession.Page fresh = web.get("/cases/" + id + "/edit/family");
    save(web, id, "family", fresh, "rows", "2", "family.0.relationship", "mother", "family.0.name",
        "Huda " + family, "family.0.remove", "true");
    JsonNode after = user.api().get("/api/v1/cases/" + id).body();
    assertThat(after.path("family").size()).isZero();
    assertThat(after.get("placeOfOrigin").asText()).isEqualTo("Homs");
  }

  @Test
  void anInvalidRowIsShownAgainWithTheErrorNextToItsField() {
    TestUser user = createUser(createAgency("ngo"), "caseworker");
    UUID id = register(user, TracingPagesTest.uniqueFamilyName("Saleh"));
    WebSession web = signedIn(user);
    WebSession.Page form = web.get("/cases/" + id + "/edit/careArrangements");
    WebSession.Page refused = web.post("/cases/" + id + "/edit/careArrangements", fields("_csrf", form.csrf(),
        "version", value(form.body(), "version"), "rows", "1", "careArrangements.0.type", "kinship_care_extended_family",
        "careArrangements.0.startDate", "2026-02-01", "careArrangements.0.endDate", "2026-01-01", "action", "save"));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"careArrangements-0-endDate-error\"").contains("value=\"2026-02-01\"");
  }

  private static void save(WebSession web, UUID id, String part, WebSession.Page form, String... namesAndValues) {
    List<Map.Entry<String, String>> sent = fields("_csrf", form.csrf(), "version", value(form.body(), "version"),
        "action", "save");
    sent.addAll(fields(namesAndValues));
    WebSession.Page saved = web.post("/cases/" + id + "/edit/" + part, sent);
    assertThat(saved.status()).as(part + ": " + saved.body()).isEqualTo(302);
    assertThat(saved.location()).contains("/cases/" + id + "?saved");
  }

  private static String firstOption(String html, String name) {
    var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
