package org.haven.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and extending forms and lookups through the HTTP API. Run on H2 and PostgreSQL. The database is
 * shared with other test classes: fields added here are never required, so cases registered elsewhere stay valid.
 */
abstract class FormApiScenarios extends ApiTestSupport {
  @Autowired
  FormConfiguration forms;

  @Test
  void anyUserReadsTheRegistrationForm() {
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();
    Api.Response response = caseworker.get("/api/v1/forms/registration");

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    List<String> sections = new ArrayList<>();
    response.body().get("sections").forEach(s -> sections.add(s.get("key").asText()));
    assertThat(sections).startsWith("identity", "family", "care_arrangements", "journey", "protection_concerns",
        "consent");
    JsonNode sex = response.body().get("sections").get(0).get("fields").get(5);
    assertThat(sex.get("key").asText()).isEqualTo("sex");
    assertThat(sex.get("type").asText()).isEqualTo("select");
    assertThat(sex.get("labels").get("ar").asText()).isEqualTo("الجنس");
    assertThat(caseworker.get("/api/v1/forms/tracing").status()).isEqualTo(404);
    assertThat(anonymous().get("/api/v1/forms/registration").status()).isEqualTo(401);
  }

  @Test
  void anyUserReadsTheLookups() {
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();

    Api.Response all = caseworker.get("/api/v1/lookups");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().findValuesAsString("id")).contains("sex", "protection_concerns", "separation_cause",
        "care_arrangement_type", "journey_conditions", "consent_legal_basis", "country", "language");
    JsonNode sex = caseworker.get("/api/v1/lookups/sex").body();
    assertThat(sex.get("values").findValuesAsString("code")).containsExactly("female", "male", "other", "unknown");
    assertThat(sex.get("values").get(0).get("labels").get("fr").asText()).isEqualTo("Féminin");
    assertThat(caseworker.get("/api/v1/lookups/no_such_lookup").status()).isEqualTo(404);
  }

  @Test
  void aFormManagerAddsAFieldThatCasesThenCarry() {
    String key = "schoolGrade" + unique();
    Api.Response added = admin().post("/api/v1/forms/registration/fields", Api.object().put("key", key)
        .put("type", "integer").put("min", 0).put("max", 12)
        .set("labels", Api.object().put("en", "School grade").put("fr", "Classe")));

    assertThat(added.status()).as("%s", added).isEqualTo(201);
    JsonNode form = admin().get("/api/v1/forms/registration").body();
    JsonNode custom = form.get("sections").get(form.get("sections").size() - 1);
    assertThat(custom.get("key").asText()).isEqualTo("custom");
    assertThat(custom.get("fields").findValuesAsString("key")).contains(key);
    assertThat(forms.validateCustomFields(Api.json("{\"" + key + "\": 13}")))
        .extracting(e -> e.field()).containsExactly("fields." + key);
    assertThat(forms.validateCustomFields(Api.json("{\"" + key + "\": 7}"))).isEmpty();
  }

  @Test
  void refusesClashingKeysAndBadDefinitions() {
    ObjectNode labels = Api.object().put("en", "Sex again");
    assertThat(admin().post("/api/v1/forms/registration/fields", Api.object().put("key", "sex").put("type", "text")
        .set("labels", labels)).status()).isEqualTo(409);

    String key = "tribe" + unique();
    assertThat(admin().post("/api/v1/forms/registration/fields", Api.object().put("key", key).put("type", "text")
        .set("labels", labels)).status()).isEqualTo(201);
    assertThat(admin().post("/api/v1/forms/registration/fields", Api.object().put("key", key).put("type", "text")
        .set("labels", labels)).status()).isEqualTo(409);

    Api.Response bad = admin().post("/api/v1/forms/registration/fields", Api.object().put("key", "Bad Key")
        .put("type", "colour").put("lookup", "sex").set("labels", Api.object().put("fr", "Mauvais")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).contains("application/problem+json");
    assertThat(bad.body().get("errors").findValuesAsString("field")).contains("key", "type", "labels.en");

    Api.Response noLookup = admin().post("/api/v1/forms/registration/fields", Api.object().put("key", "x" + unique())
        .put("type", "select").put("lookup", "no_such_lookup").set("labels", labels));
    assertThat(noLookup.body().get("errors").findValuesAsString("field")).containsExactly("lookup");
  }

  @Test
  void aFormManagerAddsLookupValues() {
    String code = "horse_" + unique().toLowerCase();
    Api.Response added = admin().post("/api/v1/lookups/travel_means/values", Api.object().put("code", code)
        .set("labels", Api.object().put("en", "Horse").put("fr", "Cheval").put("ar", "حصان").put("es", "Caballo")));

    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(admin().get("/api/v1/lookups/travel_means").body().get("values").findValuesAsString("code"))
        .endsWith(code);
    assertThat(forms.isLookupValue("travel_means", code)).isTrue();
    assertThat(admin().post("/api/v1/lookups/travel_means/values", Api.object().put("code", code)
        .set("labels", Api.object().put("en", "Horse"))).status()).isEqualTo(409);
    assertThat(admin().post("/api/v1/lookups/no_such_lookup/values", Api.object().put("code", "x")
        .set("labels", Api.object().put("en", "X"))).status()).isEqualTo(404);
    assertThat(admin().post("/api/v1/lookups/country/values", Api.object().put("code", "atlantis")
        .set("labels", Api.object().put("en", "Atlantis"))).status()).isEqualTo(409);
    assertThat(admin().post("/api/v1/lookups/travel_means/values", Api.object().put("code", "Bad Code")
        .set("labels", Api.object().put("en", "X"))).status()).isEqualTo(400);
  }

  @Test
  void aFormManagerAddsALookupForASelectField() {
    String lookup = "school_type_" + unique().toLowerCase();
    ObjectNode body = Api.object().put("id", lookup).set("labels", Api.object().put("en", "School type"));
    body.putArray("values").add(Api.object().put("code", "public").set("labels", Api.object().put("en", "Public")));
    assertThat(admin().post("/api/v1/lookups", body).status()).isEqualTo(201);
    assertThat(admin().post("/api/v1/lookups", body).status()).isEqualTo(409);

    String key = "schoolType" + unique();
    assertThat(admin().post("/api/v1/forms/registration/fields", Api.object().put("key", key).put("type", "select")
        .put("lookup", lookup).put("section", "identity").set("labels", Api.object().put("en", "School type")))
        .status()).isEqualTo(201);
    assertThat(forms.validateCustomFields(Api.json("{\"" + key + "\": \"private\"}")))
        .extracting(e -> e.field()).containsExactly("fields." + key);
    assertThat(forms.validateCustomFields(Api.json("{\"" + key + "\": \"public\"}"))).isEmpty();
  }

  @Test
  void onlyFormManagersChangeForms() {
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();

    assertThat(caseworker.post("/api/v1/forms/registration/fields", Api.object().put("key", "x" + unique())
        .put("type", "text").set("labels", Api.object().put("en", "X"))).status()).isEqualTo(403);
    assertThat(caseworker.post("/api/v1/lookups/sex/values", Api.object().put("code", "x")
        .set("labels", Api.object().put("en", "X"))).status()).isEqualTo(403);
    assertThat(forms.isLookupValue("sex", "x")).isFalse();
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
