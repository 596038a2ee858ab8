package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.HavenApplication;
import org.haven.audit.AuditVerification;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code bin/haven import cases} into a fresh embedded database, seen through the API afterwards. */
class CaseImportH2Test {
  private static final String HEADER = "record_id,given_name,family_name,other_names,sex,date_of_birth,age_years,"
      + "nationality,place_of_origin,father_name,mother_name,separation_date,separation_place,recorded_on,"
      + "recorded_in\n";

  @TempDir
  Path dir;

  private ConfigurableApplicationContext app;
  private Api admin;
  private Api caseworker;

  @BeforeEach
  void startOnAFreshDatabase() {
    app = new SpringApplicationBuilder(HavenApplication.class).run("--server.port=0",
        "--HAVEN_ADMIN_PASSWORD=" + ApiTestSupport.ADMIN_PASSWORD, "--haven.data-dir=" + dir.resolve("data"));
    admin = login("admin", ApiTestSupport.ADMIN_PASSWORD);
    String agencyId = admin.post("/api/v1/agencies", Api.object().put("code", "IMP").put("name", "Importing NGO")
        .put("type", "ngo")).body().get("id").asText();
    assertThat(admin.post("/api/v1/users", Api.object().put("username", "importer").put("password",
            ApiTestSupport.PASSWORD).put("fullName", "Case Worker").put("agencyId", agencyId).put("role", "caseworker")
        .put("scope", "agency")).status()).isEqualTo(201);
    caseworker = login("importer", ApiTestSupport.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void importsEveryRowAsACaseWithItsHistoryAndOneAuditEventEach() throws IOException {
    Path csv = write("children.csv", HEADER
        + "C1,Samir,Haddad,Abu Karim;Sami,m,2014-03-02,,SYR,Halab,Khaled Haddad,Mariam Haddad,2023-05,Izmir,"
        + "2023-06-01,TUR\n"
        + "C2,Олена,Коваленко,,F,,12,UKR,Харків,,,,,2024-02-10,POL\n"
        + "C3,Amanuel,,,,2016,,ERI,,,\"Tsega, Abraham\",,,2022-11-30,ITA\n");
    Path idMap = dir.resolve("ids.csv");
    long eventsBefore = audit().events();

    CaseImport.Result result = app.getBean(CaseImport.class)
        .run(new CaseImport.Request(csv, "importer", false, idMap), message -> {});

    assertThat(result.imported()).isEqualTo(3);
    assertThat(result.skipped()).isZero();
    List<String> ids = Files.readAllLines(idMap);
    assertThat(ids).hasSize(4).first().isEqualTo("record_id,case_id,case_number");
    assertThat(ids.get(1)).startsWith("C1,");
    String samirId = ids.get(1).split(",")[1];

    JsonNode samir = caseworker.get("/api/v1/cases/" + samirId).body();
    assertThat(samir.get("givenName").asText()).isEqualTo("Samir");
    assertThat(samir.get("sex").asText()).isEqualTo("male");
    assertThat(samir.get("otherNames")).hasSize(2);
    assertThat(samir.get("family").get(0).get("relationship").asText()).isEqualTo("father");
    assertThat(samir.get("family").get(1).get("name").asText()).isEqualTo("Mariam Haddad");
    assertThat(samir.get("separation").get("place").asText()).isEqualTo("Izmir");
    assertThat(samir.get("createdAt").asText()).startsWith("2023-06-01");
    assertThat(samir.get("status").asText()).isEqualTo("open");
    JsonNode history = caseworker.get("/api/v1/cases/" + samirId + "/history").body();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("changes").toString()).contains("givenName");

    JsonNode olena = caseworker.get("/api/v1/cases/" + ids.get(2).split(",")[1]).body();
    assertThat(olena.get("givenNameLatin").asText()).isEqualTo("Olena");
    assertThat(olena.get("ageYears").asInt()).isEqualTo(12);
    JsonNode amanuel = caseworker.get("/api/v1/cases/" + ids.get(3).split(",")[1]).body();
    assertThat(amanuel.get("sex").asText()).as("a row without sex says it is not known").isEqualTo("unknown");
    assertThat(amanuel.get("family").get(0).get("name").asText()).isEqualTo("Tsega, Abraham");

    JsonNode found = caseworker.get("/api/v1/cases?q=Olena%20Kovalenko").body();
    assertThat(found.get("items").toString()).contains(ids.get(2).split(",")[1]);

    AuditVerification.Result chain = audit();
    assertThat(chain.intact()).isTrue();
    JsonNode events = admin.get("/api/v1/audit?recordId=" + samirId).body();
    assertThat(events.toString()).contains("case.import");
    // Three imports, and the reads above; each audited once.
    assertThat(chain.events()).isGreaterThanOrEqualTo(eventsBefore + 3);
  }

  @Test
  void aBadRowStopsTheImportWithItsFileLineAndColumnAndNothingStored() throws IOException {
    Path csv = write("bad.csv", HEADER
        + "C1,Samir,Haddad,,male,2014,,SYR,,,,,,2023-06-01,TUR\n"
        + "C2,Amal,Haddad,,female,2012-02-30,,SYR,,,,,,2023-06-01,TUR\n"
        + "C3,Rami,Haddad,,male,2015,,SYR,,,,,,2023-06-01,TUR\n");
    long casesBefore = totalCases();
    long eventsBefore = audit().events();

    assertThatThrownBy(() -> app.getBean(CaseImport.class)
        .run(new CaseImport.Request(csv, "importer", false, null), message -> {}))
        .isInstanceOf(CaseImport.Failure.class)
        .hasMessageContaining(csv + ": line 3, column 6 (date_of_birth)");

    assertThat(totalCases()).isEqualTo(casesBefore);
    assertThat(audit().events()).isEqualTo(eventsBefore);
    assertThat(audit().intact()).isTrue();

    CaseImport.Result skipping = app.getBean(CaseImport.class)
        .run(new CaseImport.Request(csv, "importer", true, null), message -> {});
    assertThat(skipping.imported()).isEqualTo(2);
    assertThat(skipping.skipped()).isEqualTo(1);
    assertThat(skipping.problems()).singleElement().asString().contains("line 3, column 6");
    assertThat(totalCases()).isEqualTo(casesBefore + 2);
    assertThat(audit().intact()).isTrue();
  }

  @Test
  void theOwnerMustBeAUserWhoMayRegisterCases() throws IOException {
    Path csv = write("one.csv", HEADER + "C1,Samir,Haddad,,male,2014,,SYR,,,,,,2023-06-01,TUR\n");
    assertThatThrownBy(() -> app.getBean(CaseImport.class)
        .run(new CaseImport.Request(csv, "nobody", false, null), message -> {}))
        .hasMessageContaining("no active user named 'nobody'");
  }

  private long totalCases() {
    return admin.get("/api/v1/cases?size=1").body().get("total").asLong();
  }

  private AuditVerification.Result audit() {
    return app.getBean(AuditVerification.class).verify();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Api login(String username, String password) {
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    Api.Response token = new Api(base, null).post("/api/v1/auth/token",
        Api.object().put("username", username).put("password", password));
    assertThat(token.status()).as("%s", token).isEqualTo(200);
    return new Api(base, token.body().get("token").asText());
  }
}
