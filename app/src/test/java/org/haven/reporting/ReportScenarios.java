package org.haven.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.reporting.disclosure.CellTable;
import org.haven.reporting.disclosure.LinearAttack;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reports through the HTTP API: tables from the cases and tracing requests registered through the API,
 * disclosure control on each, sensitive categories withheld for small areas, the firewall, and the rebuild.
 * Each test works in a gazetteer of its own (unique P-codes) and filters by it, so that other tests' cases
 * sharing the database do not change its counts.
 */
abstract class ReportScenarios extends ApiTestSupport {
  protected String prefix;
  protected UUID agency;
  protected TestUser caseworker;

  @BeforeEach
  void gazetteer() {
    prefix = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String csv = """
        Country,Country code,Region,Region code,District,District code,Town,Town code
        #country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm3+name,#adm3+code
        Libya,LBY,%1$s North,%1$s1,%1$s Coast,%1$s11,%1$s Harbour,%1$s111
        Libya,LBY,%1$s North,%1$s1,%1$s Coast,%1$s11,%1$s Market,%1$s112
        Libya,LBY,%1$s North,%1$s1,%1$s Hills,%1$s12,%1$s Spring,%1$s121
        """.formatted(prefix);
    Api.Response imported = admin().postRaw("/api/v1/locations/import", "text/csv", csv);
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    agency = createAgency("ngo");
    caseworker = createUser(agency, "caseworker");
  }

  @Test
  void aTableCountsRegisteredChildrenBySexAndAgeAndSuppressesSmallCounts() {
    registerMany(7, "female", 13, "111", List.of());
    registerMany(6, "male", 13, "112", List.of());
    registerMany(2, "female", 3, "121", List.of());

    JsonNode table = report("caseload-by-age-unhcr", "place=" + prefix + "1");
    assertThat(table.get("columnDimension").asText()).isEqualTo("sex");
    int teens = rowIndex(table, "age_12_17");
    int infants = rowIndex(table, "age_0_4");
    int female = columnIndex(table, "female");
    assertThat(table.get("cells").get(infants).get(female).isNull()).as("2 girls under 5: suppressed").isTrue();
    assertThat(table.get("rowTotals").get(infants).isNull()).isTrue();
    assertThat(table.get("disclosure").get("threshold").asInt()).isEqualTo(5);
    assertThat(table.get("disclosure").get("statement").asText()).contains("suppressed");
    assertThat(table.get("hxl").get("columnAttributes").toString()).contains("+f", "+m");
    long published = 0;
    for (JsonNode row : table.get("cells")) {
      for (JsonNode cell : row) {
        published += cell.isNull() ? 0 : cell.asLong();
      }
    }
    assertThat(published).as("what is shown never exceeds what was registered").isLessThanOrEqualTo(15);
    assertThat(table.get("cells").get(teens).toString()).doesNotContain("2,");
    assertNoSuppressedCellCanBeWorkedOut(table);

    JsonNode all = report("caseload-by-status", "place=" + prefix + "1");
    assertThat(all.get("grandTotal").asLong()).isEqualTo(15);
  }

  @Test
  void everyStandardTableResistsTheRecoveryAttack() {
    registerMany(9, "female", 15, "111", List.of("trafficked_smuggled", "migrant"));
    registerMany(3, "male", 8, "112", List.of("migrant"));
    registerMany(6, "male", 16, "121", List.of("caafag"));
    registerMany(1, "other", 10, "121", List.of());
    JsonNode list = caseworker.api().get("/api/v1/reports").body();
    assertThat(list.get("items").size()).isGreaterThanOrEqualTo(14);
    for (JsonNode item : list.get("items")) {
      String id = item.get("id").asText();
      assertThat(item.get("informs").size()).as("%s informs an objective or indicator", id).isPositive();
      for (String filter : List.of("place=" + prefix + "1", "place=" + prefix + "1&adminLevel=3",
          "place=" + prefix + "11")) {
        JsonNode table = report(id, filter);
        assertNoSuppressedCellCanBeWorkedOut(table);
      }
    }
  }

  @Test
  void sensitiveConcernsAreNeverShownBelowTheConfiguredAdminLevel() {
    registerMany(8, "female", 15, "111", List.of("trafficked_smuggled", "migrant"));
    registerMany(8, "male", 15, "111", List.of("trafficked_smuggled", "migrant"));

    JsonNode region = report("protection-concerns", "place=" + prefix + "1");
    int trafficked = rowIndex(region, "trafficked_smuggled");
    assertThat(region.get("cells").get(trafficked).get(columnIndex(region, "female")).asLong()).isEqualTo(8);
    assertThat(region.get("rowTotals").get(trafficked).asLong()).isEqualTo(16);

    JsonNode town = report("protection-concerns", "place=" + prefix + "111");
    int row = rowIndex(town, "trafficked_smuggled");
    for (JsonNode cell : town.get("cells").get(row)) {
      assertThat(cell.isNull()).as("trafficking in one town").isTrue();
    }
    assertThat(town.get("rowTotals").get(row).isNull()).isTrue();
    assertThat(town.get("disclosure").get("withheldCells").asInt()).isPositive();
    assertThat(town.get("cells").get(rowIndex(town, "migrant")).get(columnIndex(town, "female")).asLong())
        .as("other concerns stay visible").isEqualTo(8);
  }

  @Test
  void thePeriodAndThePlaceFilterWhatIsCounted() {
    registerMany(5, "female", 10, "111", List.of());
    registerMany(6, "female", 10, "121", List.of());
    assertThat(report("caseload-by-status", "place=" + prefix + "11").get("grandTotal").asLong()).isEqualTo(5);
    assertThat(report("caseload-by-status", "place=" + prefix + "12").get("grandTotal").asLong()).isEqualTo(6);
    JsonNode byDistrict = report("caseload-by-location", "place=" + prefix + "1&adminLevel=2");
    assertThat(byDistrict.get("rows").toString()).contains(prefix + "11", prefix + "12", prefix + " Coast");
    JsonNode future = report("caseload-by-status", "place=" + prefix + "1&from=2999-01-01&to=2999-12-31");
    assertThat(future.get("grandTotal").asLong()).isZero();

    Api.Response bad = caseworker.api().get("/api/v1/reports/caseload-by-status?from=yesterday&adminLevel=9");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("from");
    assertThat(caseworker.api().get("/api/v1/reports/no-such-table").status()).isEqualTo(404);
  }

  @Test
  void tracingRequestsAreCountedByStatus() {
    UUID town = location(prefix + "111");
    for (int i = 0; i < 6; i++) {
      ObjectNode request = Api.json("""
          {"inquirer": {"name": "Amina Yusuf", "relationship": "mother", "contact": "office"},
           "sought": {"givenName": "Idris%s", "familyName": "Yusuf", "sex": "male", "dateOfBirth": "2014"},
           "separation": {"date": "2025-09", "place": "Sabha", "cause": "conflict"}}
          """.formatted(i));
      request.put("locationId", town.toString());
      Api.Response filed = caseworker.api().post("/api/v1/tracing-requests", request);
      assertThat(filed.status()).as("%s", filed).isEqualTo(201);
    }
    JsonNode table = report("tracing-requests", "place=" + prefix + "1");
    assertThat(table.get("cells").get(rowIndex(table, "open")).get(0).asLong()).isEqualTo(6);
    assertThat(table.get("grandTotal").asLong()).isEqualTo(6);
  }

  @Test
  void analystsAndEnforcementGetAggregatesAndNothingElse() {
    registerMany(5, "female", 12, "111", List.of());
    String caseId = registerMany(1, "male", 12, "111", List.of()).get(0);
    UUID enforcement = createAgency("government_immigration_enforcement");
    List<TestUser> aggregateOnly = List.of(createUser(agency, "analyst"), createUser(enforcement, "analyst"),
        createUser(enforcement, "supervisor", "all", null), createUser(enforcement, "system_admin"));
    for (TestUser user : aggregateOnly) {
      Api api = user.api();
      assertThat(api.get("/api/v1/reports/caseload-by-status?place=" + prefix + "1").status())
          .as("%s reads aggregates", user.username()).isEqualTo(200);
      assertThat(api.get("/api/v1/cases/" + caseId).status()).as("%s reads a case", user.username()).isEqualTo(403);
      assertThat(api.post("/api/v1/reports/case-exports", Api.object().put("format", "csv")
          .put("password", "a-long-export-password")).status()).as("%s exports cases", user.username())
          .isEqualTo(403);
      assertThat(api.post("/api/v1/reports/rebuild", Api.object()).status()).isEqualTo(403);
    }
  }

  @Test
  void theReadModelRebuildsToTheSameCounts() {
    registerMany(7, "male", 9, "112", List.of("migrant"));
    JsonNode before = report("caseload-by-age-primero", "place=" + prefix + "1");
    Api.Response rebuilt = admin().post("/api/v1/reports/rebuild", Api.object());
    assertThat(rebuilt.status()).as("%s", rebuilt).isEqualTo(200);
    assertThat(rebuilt.body().get("cases").asLong()).isGreaterThanOrEqualTo(7);
    JsonNode after = report("caseload-by-age-primero", "place=" + prefix + "1");
    assertThat(after.get("cells")).isEqualTo(before.get("cells"));
    assertThat(caseworker.api().post("/api/v1/reports/rebuild", Api.object()).status()).isEqualTo(403);
  }

  @Test
  void aDeletedOrEditedCaseLeavesOrMovesInTheTables() {
    List<String> ids = registerMany(6, "female", 14, "111", List.of());
    Api.Response one = caseworker.api().get("/api/v1/cases/" + ids.get(0));
    ObjectNode edited = (ObjectNode) one.body();
    edited.put("locationId", location(prefix + "121").toString());
    assertThat(caseworker.api().put("/api/v1/cases/" + ids.get(0), edited, one.header("ETag")).status())
        .isEqualTo(200);
    assertThat(report("caseload-by-status", "place=" + prefix + "11").get("grandTotal").asLong())
        .as("one of six moved to the hills").isEqualTo(5);
    Api.Response second = caseworker.api().get("/api/v1/cases/" + ids.get(1));
    Api.Response deleted = supervisor().send("DELETE", "/api/v1/cases/" + ids.get(1),
        java.util.Map.of("If-Match", second.header("ETag"), "Content-Type", "application/json"),
        "{\"reason\": \"registered by mistake\"}");
    assertThat(deleted.status()).as("%s", deleted).isIn(200, 204);
    assertThat(report("caseload-by-status", "place=" + prefix + "11").get("grandTotal").isNull())
        .as("four left: suppressed").isTrue();
  }

  @Test
  void aggregateExportsCarryTheHxlTagsAndStateTheRule() throws Exception {
    registerMany(6, "female", 13, "111", List.of());
    registerMany(2, "male", 13, "111", List.of());
    String query = "place=" + prefix + "1";
    Api.Download csv = caseworker.api().download("GET", "/api/v1/reports/caseload-by-age-unhcr/export?format=csv&"
        + query, null);
    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("Disclosure control: Counts from 1 to 4 are suppressed");
    assertThat(text).contains("#date+start,#date+end,#group+age,#affected+children+f,#affected+children+m");
    assertThat(text).contains("age_12_17,6,*");

    Api.Download xlsx = caseworker.api().download("GET", "/api/v1/reports/export?format=xlsx&" + query, null);
    assertThat(xlsx.status()).isEqualTo(200);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(14);
      assertThat(book.getSheet("caseload-by-age-unhcr").getRow(2).getCell(0).getStringCellValue())
          .startsWith("Disclosure control");
    }
    Api.Download pdf = caseworker.api().download("GET", "/api/v1/reports/export?format=pdf&" + query, null);
    assertThat(pdf.status()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      String content = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(content).contains("Disclosure control", "caseload-by-age-unhcr", "age_12_17");
    }
  }

  @Test
  void caseExportsAreEncryptedWithThePasswordAndAuditedPerCase() throws Exception {
    List<String> ids = registerMany(2, "female", 11, "111", List.of());
    TestUser supervisor = createUser(agency, "supervisor");
    String password = "correct horse battery staple";
    ObjectNode request = Api.object().put("format", "xlsx").put("password", password);

    Api.Download xlsx = supervisor.api().download("POST", "/api/v1/reports/case-exports", request);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(new String(xlsx.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Child0");
    try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var info = new org.apache.poi.poifs.crypt.EncryptionInfo(fs);
      assertThat(info.getHeader().getCipherAlgorithm()).isEqualTo(org.apache.poi.poifs.crypt.CipherAlgorithm.aes256);
      assertThat(info.getHeader().getKeySize()).isEqualTo(256);
    }
    try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx.bytes()),
        password)) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("case_number");
      assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(3);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(xlsx.bytes()), "wrong password!")).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.apache.poi.ss.usermodel.WorkbookFactory.create(
        new java.io.ByteArrayInputStream(xlsx.bytes()))).isNotNull();

    Api.Download pdf = supervisor.api().download("POST", "/api/v1/reports/case-exports", request.put("format", "pdf"));
    assertThat(pdf.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.apache.pdfbox.Loader.loadPDF(pdf.bytes()))
        .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes(), password)) {
      assertThat(document.getEncryption().getLength()).isEqualTo(256);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(ids.get(0));
    }

    Api.Download zip = supervisor.api().download("POST", "/api/v1/reports/case-exports", request.put("format", "csv"));
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.contentType()).startsWith("application/zip");
    try (var in = new net.lingala.zip4j.io.inputstream.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()),
        password.toCharArray())) {
      assertThat(in.getNextEntry().isEncrypted()).isTrue();
      String csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(csv).startsWith("case_number,case_id").contains(ids.get(1));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      try (var in = new net.lingala.zip4j.io.inputstream.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()),
          "not the password".toCharArray())) {
        in.getNextEntry();
        in.readAllBytes();
      }
    }).isInstanceOf(java.io.IOException.class);

    JsonNode audit = admin().get("/api/v1/audit?recordId=" + ids.get(0) + "&size=100").body();
    long exports = 0;
    for (JsonNode event : audit) {
      if (event.get("action").asText().equals("case.export") && event.get("userId").asText()
          .equals(supervisor.id().toString())) {
        exports++;
      }
    }
    assertThat(exports).as("one audit entry per export of the case").isEqualTo(3);

    assertThat(supervisor.api().post("/api/v1/reports/case-exports", request.put("password", "short")).status())
        .isEqualTo(400);
    assertThat(caseworker.api().post("/api/v1/reports/case-exports", request.put("password", password)).status())
        .as("caseworkers may not export").isEqualTo(403);
  }

  @Test
  void aConfirmedMatchReachesTheReadModelWithItsDays() {
    UUID town = location(prefix + "121");
    ObjectNode child = Api.json("""
        {"givenName": "Mohammed", "familyName": "Al-Hassan%s", "sex": "male", "dateOfBirth": "2013-04",
         "nationality": ["SYR"], "placeOfOrigin": "Aleppo",
         "family": [{"relationship": "mother", "name": "Fatima Al-Hassan", "alive": "unknown"}],
         "separation": {"date": "2025-09", "place": "Gaziantep", "cause": "conflict"},
         "consent": {"services": true, "tracing": true, "reporting": true}}
        """.formatted(prefix));
    child.put("locationId", town.toString());
    String caseId = caseworker.api().post("/api/v1/cases", child).body().get("id").asText();
    ObjectNode request = Api.json("""
        {"inquirer": {"name": "Fatima Al-Hassan", "relationship": "mother", "contact": "office"},
         "sought": {"givenName": "Mohammed", "familyName": "Al-Hassan%s", "sex": "male", "dateOfBirth": "2013",
                    "nationality": ["SYR"], "placeOfOrigin": "Aleppo"},
         "separation": {"date": "2025-09", "place": "Gaziantep", "cause": "conflict"}}
        """.formatted(prefix));
    request.put("locationId", town.toString());
    String requestId = caseworker.api().post("/api/v1/tracing-requests", request).body().get("id").asText();

    String matchId = null;
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (matchId == null && System.nanoTime() < deadline) {
      for (JsonNode m : caseworker.api().get("/api/v1/tracing-requests/" + requestId + "/matches").body()
          .get("items")) {
        if (m.get("caseId").asText().equals(caseId)) {
          matchId = m.get("matchId").asText();
        }
      }
      sleep();
    }
    assertThat(matchId).as("the case is matched to the request").isNotNull();
    awaitFact("select status from report_tracing_matches where match_id = ?", matchId, "pending");
    Api.Response decided = caseworker.api().post("/api/v1/matches/" + matchId + "/decision",
        Api.object().put("decision", "confirmed"));
    assertThat(decided.status()).as("%s", decided).isEqualTo(200);
    awaitFact("select status from report_tracing_matches where match_id = ?", matchId, "confirmed");
    Integer days = jdbc.sql("select confirmed_day - request_filed_day from report_tracing_matches where match_id = ?")
        .param(UUID.fromString(matchId)).query(Integer.class).single();
    assertThat(days).as("confirmed the day it was filed").isZero();
    assertThat(jdbc.sql("select count(*) from report_case_facts where case_id = ?").param(UUID.fromString(caseId))
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from report_tracing_requests where request_id = ?")
        .param(UUID.fromString(requestId)).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void flagsServicesReferralsSolutionsAndOverdueWorkAreCountedAndRebuilt() {
    String screened = registerMany(1, "female", 15, "111", List.of()).get(0);
    String served = registerMany(1, "female", 15, "112", List.of()).get(0);
    UUID clinic = createAgency("ngo");
    createUser(clinic, "service_provider");
    for (int i = 0; i < 5; i++) {
      // Act and purpose without means: trafficking indicators for a child; each proposes a referral, due soon.
      Api.Response flagged = caseworker.api().post("/api/v1/cases/" + screened + "/screenings", Api.json("""
          {"respondent": "child", "answers": [{"code": "unodc_travel_unaccompanied", "answer": "yes"},
            {"code": "dtm_forced_to_work", "answer": "yes"}]}"""));
      assertThat(flagged.status()).as("%s", flagged).isEqualTo(201);
      Api.Response service = caseworker.api().post("/api/v1/cases/" + served + "/services",
          Api.object().put("type", "psychosocial").put("provider", "Community centre"));
      assertThat(service.status()).as("%s", service).isEqualTo(201);
      Api.Response referral = caseworker.api().post("/api/v1/cases/" + served + "/referrals", Api.object()
          .put("toAgencyId", clinic.toString()).put("service", "health").put("reason", "check-up")
          .set("grants", Api.json("{\"g\": [\"identity\"]}").get("g")));
      assertThat(referral.status()).as("%s", referral).isEqualTo(201);
      Api.Response solution = caseworker.api().post("/api/v1/cases/" + served + "/durable-solutions",
          Api.object().put("type", "local_integration"));
      assertThat(solution.status()).as("%s", solution).isEqualTo(201);
    }
    String region = "place=" + prefix + "1";
    JsonNode flags = report("screening-flags", region);
    assertThat(cell(flags, "trafficking_indicators", "female")).isEqualTo(5);
    assertThat(cell(report("services", region), "psychosocial", "planned")).isEqualTo(5);
    assertThat(cell(report("referrals", region), "health", "in_progress")).isEqualTo(5);
    assertThat(cell(report("durable-solutions", region), "local_integration", "identified")).isEqualTo(5);
    assertThat(report("overdue-work", region).get("grandTotal").asLong()).as("nothing is overdue yet").isZero();
    String monthAhead = region + "&to=" + java.time.LocalDate.now().plusDays(30);
    JsonNode overdue = report("overdue-work", monthAhead);
    assertThat(cell(overdue, "referral_proposed", "days_8_30")).as("due within a day, still open a month on")
        .isEqualTo(5);

    JsonNode town = report("screening-flags", "place=" + prefix + "111");
    for (JsonNode cell : town.get("cells").get(rowIndex(town, "trafficking_indicators"))) {
      assertThat(cell.isNull()).as("trafficking flags in one town").isTrue();
    }
    assertThat(town.get("grandTotal").isNull()).isTrue();
    assertThat(town.get("disclosure").get("withheldCells").asInt()).isPositive();

    List<String> ids = List.of("screening-flags", "services", "referrals", "durable-solutions", "overdue-work");
    List<JsonNode> before = new ArrayList<>();
    for (String id : ids) {
      JsonNode table = report(id, monthAhead);
      assertNoSuppressedCellCanBeWorkedOut(table);
      before.add(table.get("cells"));
    }
    assertThat(admin().post("/api/v1/reports/rebuild", Api.object()).status()).isEqualTo(200);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(report(ids.get(i), monthAhead).get("cells")).as("%s after the rebuild", ids.get(i))
          .isEqualTo(before.get(i));
    }
  }

  @Test
  void aRiskLevelSetByTheAssessmentModuleMovesTheCaseInTheRiskTable() {
    List<String> ids = registerMany(5, "male", 14, "111", List.of());
    String region = "place=" + prefix + "1";
    assertThat(cell(report("caseload-by-risk-level", region), "unknown", "male")).isEqualTo(5);
    TestUser supervisor = createUser(agency, "supervisor");
    String level = null;
    for (String id : ids) {
      Api.Response drafted = caseworker.api().post("/api/v1/cases/" + id + "/assessments", Api.json("""
          {"level": "individual", "findings": [{"code": "ind_unaccompanied", "present": true,
            "evidence": "no relative in the country"}]}"""));
      assertThat(drafted.status()).as("%s", drafted).isEqualTo(201);
      String assessment = drafted.body().get("id").asText();
      Api.Response submitted = caseworker.api().post("/api/v1/assessments/" + assessment + "/submit", null,
          drafted.header("ETag"));
      assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
      approveAssessment(supervisor, assessment);
      level = caseworker.api().get("/api/v1/cases/" + id).body().path("riskLevel").asText(null);
    }
    assertThat(level).as("the approved assessment set the risk level").isNotNull().isNotEqualTo("unknown");
    JsonNode table = report("caseload-by-risk-level", region);
    assertThat(cell(table, level, "male")).isEqualTo(5);
    assertThat(cell(table, "unknown", "male")).isZero();
  }

  /** Approves the assessment where approval is required (the supervisor's queue); nothing to do otherwise. */
  private void approveAssessment(TestUser supervisor, String assessmentId) {
    for (JsonNode approval : supervisor.api().get("/api/v1/approvals").body().get("items")) {
      if (approval.get("subjectId").asText().equals(assessmentId)) {
        Api.Response decided = supervisor.api().post("/api/v1/approvals/" + approval.get("id").asText()
            + "/decision", Api.object().put("decision", "approved").put("comment", "reviewed"),
            "\"" + approval.get("version").asLong() + "\"");
        assertThat(decided.status()).as("%s", decided).isEqualTo(200);
      }
    }
  }

  private static long cell(JsonNode table, String row, String column) {
    JsonNode value = table.get("cells").get(rowIndex(table, row)).get(columnIndex(table, column));
    assertThat(value.isNull()).as("%s × %s of %s is published", row, column, table.get("id")).isFalse();
    return value.asLong();
  }

  // --- helpers

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** Matching runs in the background: waits until the read model shows the expected value. */
  private void awaitFact(String sql, String id, String expected) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    String found = null;
    while (System.nanoTime() < deadline) {
      found = jdbc.sql(sql).param(UUID.fromString(id)).query(String.class).optional().orElse(null);
      if (expected.equals(found)) {
        return;
      }
      sleep();
    }
    throw new AssertionError(sql + " gave " + found + ", expected " + expected);
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Api supervisor() {
    return createUser(agency, "supervisor").api();
  }

  protected JsonNode report(String id, String query) {
    Api.Response response = caseworker.api().get("/api/v1/reports/" + id + "?" + query);
    assertThat(response.status()).as("%s %s: %s", id, query, response).isEqualTo(200);
    return response.body();
  }

  protected List<String> registerMany(int count, String sex, int age, String townSuffix, List<String> concerns) {
    UUID town = location(prefix + townSuffix);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode body = Api.object().put("givenName", "Child" + i).put("familyName", prefix).put("sex", sex)
          .put("ageYears", age).put("locationId", town.toString()).put("protectionStatus", "unaccompanied");
      body.putArray("nationality").add("SDN");
      var array = body.putArray("protectionConcerns");
      concerns.forEach(array::add);
      body.putObject("separation").put("cause", "conflict");
      body.putObject("consent").put("reporting", true).put("services", true);
      Api.Response created = caseworker.api().post("/api/v1/cases", body);
      assertThat(created.status()).as("%s", created).isEqualTo(201);
      ids.add(created.body().get("id").asText());
    }
    return ids;
  }

  protected UUID location(String pcode) {
    Api.Response found = admin().get("/api/v1/locations?q=" + pcode);
    for (JsonNode l : found.body().get("items")) {
      if (l.get("pcode").asText().equals(pcode)) {
        return UUID.fromString(l.get("id").asText());
      }
    }
    throw new AssertionError("no location " + pcode + ": " + found);
  }

  private static int rowIndex(JsonNode table, String code) {
    return index(table.get("rows"), code);
  }

  private static int columnIndex(JsonNode table, String code) {
    return index(table.get("columns"), code);
  }

  private static int index(JsonNode categories, String code) {
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no category " + code + " in " + categories);
  }

  /**
   * The attack of an outsider holding the published table: every relation between its cells and totals, and
   * no negative counts; fails if any suppressed cell has a single possible value.
   */
  static void assertNoSuppressedCellCanBeWorkedOut(JsonNode table) {
    int rows = table.get("rows").size();
    boolean oneWay = table.get("columnDimension").isNull();
    int columns = oneWay ? 1 : table.get("columns").size();
    boolean rowTotals = !table.get("rowTotals").isNull();
    boolean columnTotals = oneWay || !table.get("columnTotals").isNull();
    CellTable shape = CellTable.grid(new long[rows][columns], columns, rowTotals, columnTotals);
    boolean[] suppressed = new boolean[shape.size()];
    long[] published = new long[shape.size()];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        set(table.get("cells").get(i).get(j), shape.interior(i, j), suppressed, published);
      }
      if (rowTotals) {
        set(table.get("rowTotals").get(i), shape.rowTotal(i), suppressed, published);
      }
    }
    if (!oneWay && columnTotals) {
      for (int j = 0; j < columns; j++) {
        set(table.get("columnTotals").get(j), shape.columnTotal(j), suppressed, published);
      }
    }
    if (shape.grandTotal() >= 0) {
      set(table.get("grandTotal"), shape.grandTotal(), suppressed, published);
    }
    LinearAttack.Interval[] found = LinearAttack.intervals(shape, suppressed, published);
    for (int cell = 0; cell < shape.size(); cell++) {
      if (suppressed[cell]) {
        assertThat(found[cell].exact()).as("cell %d of %s can be worked out: %s", cell, table.get("id"),
            found[cell]).isFalse();
      }
    }
  }

  private static void set(JsonNode value, int cell, boolean[] suppressed, long[] published) {
    suppressed[cell] = value == null || value.isNull();
    published[cell] = suppressed[cell] ? 0 : value.asLong();
  }
}
