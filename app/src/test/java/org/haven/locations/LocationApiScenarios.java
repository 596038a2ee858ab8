package org.haven.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Importing, searching and reading the gazetteer through the HTTP API. Run on H2 and PostgreSQL. */
abstract class LocationApiScenarios extends ApiTestSupport {
  private static final String CSV = "text/csv";

  @Autowired
  Locations locations;

  private String sample;

  @BeforeEach
  void importSample() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/locations/admin-areas-sample.csv")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Api.Response response = admin().postRaw("/api/v1/locations/import", CSV, sample);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
  }

  @Test
  void importIsIdempotentByPcode() {
    JsonNode summary = admin().postRaw("/api/v1/locations/import", CSV, sample).body();

    assertThat(summary.get("created").asInt()).isZero();
    assertThat(summary.get("updated").asInt()).isZero();
    assertThat(summary.get("unchanged").asInt()).isEqualTo(14);
    assertThat(summary.get("levels").get("adm0").asInt()).isEqualTo(2);
    assertThat(summary.get("levels").get("adm1").asInt()).isEqualTo(5);
    assertThat(summary.get("levels").get("adm2").asInt()).isEqualTo(7);
  }

  @Test
  void reimportUpdatesNamesAndAliasesAndKeepsIds() {
    String prefix = "YE" + unique();
    String first = "#country+code,#adm1+code,#adm1+name,#adm1+name+i_ar\nYEM," + prefix + ",Sanaa,صنعاء\n";
    JsonNode created = admin().postRaw("/api/v1/locations/import", CSV, first).body();
    assertThat(created.get("levels").get("adm1").asInt()).isEqualTo(1);
    assertThat(created.get("created").asInt()).isPositive();
    UUID id = locations.byPcode(prefix).orElseThrow().id();

    String second = "#country+code,#adm1+code,#adm1+name,#adm1+name+alt\nYEM," + prefix + ",Sana'a,Sanaa\n";
    JsonNode updated = admin().postRaw("/api/v1/locations/import", CSV, second).body();

    assertThat(updated.get("created").asInt()).isZero();
    assertThat(updated.get("updated").asInt()).isEqualTo(1);
    JsonNode unit = admin().get("/api/v1/locations/" + id).body();
    assertThat(unit.get("name").asText()).isEqualTo("Sana'a");
    assertThat(unit.get("aliases")).hasSize(1);
    assertThat(unit.get("aliases").get(0).get("name").asText()).isEqualTo("Sanaa");
  }

  @Test
  void searchesNamesAndAliasesIgnoringCaseAndAccents() {
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();

    assertThat(pcodes(caseworker.get("/api/v1/locations?q=hargeisa"))).containsExactly("SO1201");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=HARGEYSA"))).containsExactly("SO1201");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=bogota"))).containsExactly("CO11", "CO11001");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=Bogot%C3%81"))).containsExactly("CO11", "CO11001");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=%D8%A8%D9%86%D8%A7%D8%AF%D8%B1"))).containsExactly("SO22");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=medellin&level=2"))).containsExactly("CO05001");
    assertThat(pcodes(caseworker.get("/api/v1/locations?q=so1101"))).containsExactly("SO1101");
  }

  @Test
  void listsChildrenOfAParent() {
    UUID woqooyi = locations.byPcode("SO12").orElseThrow().id();
    Api.Response response = admin().get("/api/v1/locations?parentId=" + woqooyi);

    assertThat(pcodes(response)).containsExactly("SO1202", "SO1201");
    assertThat(response.body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void readsOneLocationWithItsAliases() {
    UUID hargeysa = locations.byPcode("SO1201").orElseThrow().id();
    JsonNode unit = admin().get("/api/v1/locations/" + hargeysa).body();

    assertThat(unit.get("pcode").asText()).isEqualTo("SO1201");
    assertThat(unit.get("level").asInt()).isEqualTo(2);
    assertThat(unit.get("country").asText()).isEqualTo("SOM");
    assertThat(unit.get("parentId").asText()).isEqualTo(locations.byPcode("SO12").orElseThrow().id().toString());
    assertThat(unit.get("aliases").get(0).get("name").asText()).isEqualTo("Hargeisa");
    assertThat(admin().get("/api/v1/locations/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void offersTheHierarchyToOtherModules() {
    UUID hargeysa = locations.byPcode("SO1201").orElseThrow().id();
    UUID woqooyi = locations.byPcode("SO12").orElseThrow().id();
    UUID somalia = locations.byPcode("SO").orElseThrow().id();

    assertThat(locations.withAncestors(hargeysa)).containsExactly(hargeysa, woqooyi, somalia);
    assertThat(locations.withAncestors(UUID.randomUUID())).isEmpty();
    assertThat(locations.withDescendants(List.of(woqooyi)))
        .containsExactlyInAnyOrder(woqooyi, hargeysa, locations.byPcode("SO1202").orElseThrow().id());
    assertThat(locations.exists(hargeysa)).isTrue();
    assertThat(locations.resolveName("Hargeisa")).extracting(Location::pcode).containsExactly("SO1201");
    assertThat(locations.resolveName("banadir")).extracting(Location::pcode).containsExactly("SO22", "SO2201");
  }

  @Test
  void aBadFileStoresNothingAndNamesLineAndColumn() {
    String prefix = "SD" + unique();
    String csv = "#country+code,#adm1+code,#adm1+name\nSDN," + prefix + "A,Khartoum\nSDN,,Kassala\nSDN,"
        + prefix + "B,\n";
    Api.Response response = admin().postRaw("/api/v1/locations/import", CSV, csv);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).contains("application/problem+json");
    assertThat(response.body().get("errors").findValuesAsString("field"))
        .containsExactly("line 3, column 2", "line 4, column 3");
    assertThat(locations.byPcode(prefix + "A")).isEmpty();
  }

  @Test
  void takesImportsLargerThanTheGeneralBodyLimit() {
    StringBuilder csv = new StringBuilder("#country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name\n");
    String prefix = "MX" + unique();
    int rows = 0;
    while (csv.length() < 1_200_000) {
      csv.append("MEX,").append(prefix).append(",Chiapas,").append(prefix).append(rows)
          .append(",Municipio de prueba con un nombre largo número ").append(rows).append('\n');
      rows++;
    }
    csv.append("MEX,").append(prefix).append(",Chiapas,bad code,Tapachula\n");
    Api.Response response = admin().postRaw("/api/v1/locations/import", CSV, csv.toString());

    // Past the 1 MiB limit of other requests: read in full, refused for its last line only.
    assertThat(response.status()).as("%s", response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asText())
        .isEqualTo("line " + (rows + 2) + ", column 4");
  }

  @Test
  void onlyLocationManagersImport() {
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();

    assertThat(caseworker.postRaw("/api/v1/locations/import", CSV, sample).status()).isEqualTo(403);
    assertThat(anonymous().postRaw("/api/v1/locations/import", CSV, sample).status()).isEqualTo(401);
    assertThat(anonymous().get("/api/v1/locations?q=borama").status()).isEqualTo(401);
    assertThat(admin().post("/api/v1/locations/import", "{}").status()).isEqualTo(415);
  }

  @Test
  void aTownAndItsProvinceAgreeAsPlacesOfOriginOnceTheHierarchyIsImported() throws InterruptedException {
    String suffix = letters();
    Api caseworker = createUser(createAgency("ngo"), "caseworker").api();
    Api.Response registered = caseworker.post("/api/v1/cases", Api.json("""
        {"givenName": "Wilmer", "familyName": "Zq%s", "sex": "male", "dateOfBirth": "2011-05-06",
         "placeOfOrigin": "Juticalpa%s", "consent": {"services": true, "tracing": true}}
        """.formatted(suffix, suffix)));
    assertThat(registered.status()).as("%s", registered).isEqualTo(201);
    String caseId = registered.body().get("id").asText();
    tools.jackson.databind.node.ObjectNode fromTheProvince = Api.object().put("givenName", "Wilmer")
        .put("familyName", "Zq" + suffix).put("sex", "male").put("dateOfBirth", "2011-05-06")
        .put("placeOfOrigin", "Olancho" + suffix);
    assertThat(placeOfOriginEvidence(caseworker, fromTheProvince, caseId)).as("before the import").isNegative();

    String pcode = "HN" + unique();
    String hierarchy = "#country+code,#adm1+code,#adm1+name,#adm2+code,#adm2+name\nHND," + pcode + ",Olancho"
        + suffix + "," + pcode + "01,Juticalpa" + suffix + "\n";
    assertThat(admin().postRaw("/api/v1/locations/import", CSV, hierarchy).status()).isEqualTo(200);

    // The case index reads the gazetteer again in the background.
    double evidence = placeOfOriginEvidence(caseworker, fromTheProvince, caseId);
    for (int i = 0; i < 100 && evidence <= 0; i++) {
      Thread.sleep(200);
      evidence = placeOfOriginEvidence(caseworker, fromTheProvince, caseId);
    }
    assertThat(evidence).as("Juticalpa lies within Olancho").isPositive();
  }

  private static double placeOfOriginEvidence(Api caseworker, JsonNode description, String caseId) {
    Api.Response check = caseworker.post("/api/v1/cases/duplicates-check", description);
    assertThat(check.status()).as("%s", check).isEqualTo(200);
    for (JsonNode candidate : check.body().get("candidates")) {
      if (candidate.get("caseId").asText().equals(caseId)) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("place_of_origin:([-+][0-9.]+)")
            .matcher(candidate.get("explanation").asText());
        assertThat(m.find()).as(candidate.get("explanation").asText()).isTrue();
        return Double.parseDouble(m.group(1));
      }
    }
    throw new AssertionError("the registered case is not a candidate: " + check.body());
  }

  /** Letters only: digits in a place name would make two names look alike by their shared digits. */
  private static String letters() {
    StringBuilder out = new StringBuilder();
    for (char hex : unique().toLowerCase().toCharArray()) {
      out.append((char) ('a' + Character.digit(hex, 16)));
    }
    return out.toString();
  }

  private static List<String> pcodes(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    List<String> pcodes = new ArrayList<>();
    response.body().get("items").forEach(item -> pcodes.add(item.get("pcode").asText()));
    return pcodes;
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }
}
