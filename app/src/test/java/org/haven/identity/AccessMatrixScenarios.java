package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every role × scope × action on one child's case, through the API, including the firewall: users of an
 * immigration-enforcement agency never reach an individual record, whatever their role.
 */
abstract class AccessMatrixScenarios extends ApiTestSupport {
  private static final String DISTRICTS = """
      Country,Country code,Region,Region code,District,District code
      #country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code
      Libya,LBY,Matrix North,LYMX1,Matrix North Centre,LYMX101
      Libya,LBY,Matrix North,LYMX1,Matrix North Coast,LYMX102
      Libya,LBY,Matrix South,LYMX2,Matrix South Oasis,LYMX201
      """;

  /**
   * What one user may do to the case; {@code sees}: it shows in their search and duplicate check; then the
   * best-interests procedure of the child: the BIAs (BIA_MANAGE), opening a BID (BID_MANAGE) and the durable
   * solutions (DURABLE_SOLUTION_MANAGE). Panel voting depends on membership and is covered by the
   * best-interests scenarios. {@code export}: whether they may export case-level data (encrypted) at all.
   */
  record Expected(int create, int read, int update, boolean sees, int history, int audit, int bias, int bidOpen,
      int solutions, int export) {}

  static final int OK = 200;
  static final int CREATED = 201;
  static final int NO = 403;

  @Test
  void everyRoleScopeAndAgencyTypeGetsExactlyItsRights() {
    Api.Response imported = admin().postRaw("/api/v1/locations/import", "text/csv", DISTRICTS);
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    UUID northRegion = locationNamed("Matrix North");
    UUID northCentre = locationNamed("Matrix North Centre");
    UUID southRegion = locationNamed("Matrix South");

    UUID ngo = createAgency("ngo");
    UUID otherNgo = createAgency("un_agency");
    UUID enforcement = createAgency("government_immigration_enforcement");
    TestUser owner = createUser(ngo, "caseworker");
    String surname = "Matrix" + UUID.randomUUID().toString().substring(0, 6);
    ObjectNode body = Api.object().put("givenName", "Abdullahi").put("familyName", surname).put("sex", "male")
        .put("locationId", northCentre.toString());
    JsonNode created = owner.api().post("/api/v1/cases", body).body();
    String caseId = created.get("id").asText();

    Map<String, TestUser> users = new LinkedHashMap<>();
    users.put("caseworker, owner", owner);
    users.put("caseworker, own scope, not owner", createUser(ngo, "caseworker"));
    users.put("caseworker, location scope covering the case", createUser(ngo, "caseworker", "location",
        List.of(northRegion)));
    users.put("caseworker, agency scope", createUser(ngo, "caseworker", "agency", null));
    users.put("supervisor, agency scope", createUser(ngo, "supervisor"));
    users.put("supervisor, location scope elsewhere", createUser(ngo, "supervisor", "location", List.of(southRegion)));
    users.put("agency_admin", createUser(ngo, "agency_admin"));
    users.put("service_provider", createUser(ngo, "service_provider"));
    users.put("analyst", createUser(ngo, "analyst"));
    users.put("supervisor of another agency", createUser(otherNgo, "supervisor"));
    users.put("supervisor of another agency, scope all", createUser(otherNgo, "supervisor", "all", null));
    users.put("enforcement supervisor, scope all", createUser(enforcement, "supervisor", "all", null));
    users.put("enforcement caseworker", createUser(enforcement, "caseworker"));
    users.put("enforcement analyst", createUser(enforcement, "analyst"));
    users.put("enforcement system_admin", createUser(enforcement, "system_admin"));

    Map<String, Expected> expected = new LinkedHashMap<>();
    expected.put("caseworker, owner", new Expected(CREATED, OK, OK, true, OK, NO, OK, NO, OK, NO));
    expected.put("caseworker, own scope, not owner", new Expected(CREATED, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("caseworker, location scope covering the case", new Expected(CREATED, OK, OK, true, OK, NO, OK, NO, OK,
        NO));
    expected.put("caseworker, agency scope", new Expected(CREATED, OK, OK, true, OK, NO, OK, NO, OK, NO));
    expected.put("supervisor, agency scope", new Expected(CREATED, OK, OK, true, OK, OK, OK, CREATED, OK, OK));
    expected.put("supervisor, location scope elsewhere", new Expected(CREATED, NO, NO, false, NO, OK, NO, NO, NO,
        OK));
    expected.put("agency_admin", new Expected(NO, OK, NO, true, OK, OK, NO, NO, NO, NO));
    expected.put("service_provider", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("analyst", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("supervisor of another agency", new Expected(CREATED, NO, NO, false, NO, OK, NO, NO, NO, OK));
    expected.put("supervisor of another agency, scope all", new Expected(CREATED, OK, OK, true, OK, OK, OK, CREATED, OK,
        OK));
    expected.put("enforcement supervisor, scope all", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("enforcement caseworker", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("enforcement analyst", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));
    expected.put("enforcement system_admin", new Expected(NO, NO, NO, false, NO, NO, NO, NO, NO, NO));

    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, TestUser> entry : users.entrySet()) {
      Api api = entry.getValue().api();
      Expected want = expected.get(entry.getKey());
      Api.Response read = api.get("/api/v1/cases/" + caseId);
      String etag = admin().get("/api/v1/cases/" + caseId).header("ETag");
      Expected got = new Expected(
          api.post("/api/v1/cases", Api.object().put("givenName", "Probe").put("sex", "unknown")).status(),
          read.status(),
          api.put("/api/v1/cases/" + caseId, created, etag).status(),
          sees(api, caseId, surname),
          api.get("/api/v1/cases/" + caseId + "/history").status(),
          api.get("/api/v1/audit?recordId=" + caseId).status(),
          api.get("/api/v1/cases/" + caseId + "/bias").status(),
          api.post("/api/v1/cases/" + caseId + "/bids", Api.object().put("reason", "durable_solution")).status(),
          api.get("/api/v1/cases/" + caseId + "/durable-solutions").status(),
          api.post("/api/v1/reports/case-exports", Api.object().put("format", "csv")
              .put("password", "an export password")).status());
      if (!got.equals(want)) {
        mismatches.add(entry.getKey() + ": expected " + want + " but got " + got);
      }
      if (read.status() == NO) {
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.text()).doesNotContain("Abdullahi");
      }
    }
    assertThat(mismatches).isEmpty();

    // Refused reads are in the audit log, the firewall's included.
    JsonNode audit = admin().get("/api/v1/audit?recordId=" + caseId + "&size=1000").body();
    UUID enforcementUser = users.get("enforcement supervisor, scope all").id();
    boolean firewallRecorded = false;
    for (JsonNode event : audit) {
      if (event.get("userId").asText().equals(enforcementUser.toString())
          && event.get("outcome").asText().equals("denied") && event.get("action").asText().equals("case.read")) {
        firewallRecorded = true;
      }
    }
    assertThat(firewallRecorded).isTrue();
  }

  /** True when the case shows in the caller's name search; the duplicate check must agree. */
  private boolean sees(Api api, String caseId, String surname) {
    Api.Response search = api.get("/api/v1/cases?q=" + URLEncoder.encode("Abdullahi " + surname,
        StandardCharsets.UTF_8));
    Api.Response duplicates = api.post("/api/v1/cases/duplicates-check",
        Api.object().put("givenName", "Abdullahi").put("familyName", surname).put("sex", "male"));
    boolean inSearch = search.status() == OK && search.body().get("items").findValuesAsString("id").contains(caseId);
    boolean inDuplicates = duplicates.status() == OK
        && duplicates.body().get("candidates").findValuesAsString("caseId").contains(caseId);
    assertThat(inDuplicates).as("the duplicate check agrees with the search on %s", caseId).isEqualTo(inSearch);
    return inSearch;
  }

  private UUID locationNamed(String name) {
    Api.Response found = admin().get("/api/v1/locations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    for (JsonNode location : found.body().get("items")) {
      if (location.get("name").asText().equals(name)) {
        return UUID.fromString(location.get("id").asText());
      }
    }
    throw new AssertionError("location " + name + " not found: " + found);
  }
}
