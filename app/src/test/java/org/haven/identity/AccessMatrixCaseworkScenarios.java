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

/**
 * Every role × scope × casework action on one child's case, through the API: reading its assessments,
 * screening it, overriding its risk level, recording a case conference, asking for its closure, and the
 * supervisors' and team queues. Immigration enforcement reaches none of it, whatever its role.
 */
abstract class AccessMatrixCaseworkScenarios extends ApiTestSupport {
  private static final String DISTRICTS = """
      Country,Country code,Region,Region code,District,District code
      #country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code
      Libya,LBY,Casework North,LYCW1,Casework North Centre,LYCW101
      Libya,LBY,Casework South,LYCW2,Casework South Oasis,LYCW201
      """;

  /** true: the action is allowed (whatever the answer beyond 403 says about the request itself). */
  record Expected(boolean readAssessments, boolean screen, boolean overrideRisk, boolean conference,
      boolean askClosure, boolean approvalQueue, boolean teamTasks) {}

  @Test
  void everyRoleScopeAndAgencyTypeGetsExactlyItsCaseworkRights() {
    Api.Response imported = admin().postRaw("/api/v1/locations/import", "text/csv", DISTRICTS);
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    UUID northRegion = locationNamed("Casework North");
    UUID northCentre = locationNamed("Casework North Centre");
    UUID southRegion = locationNamed("Casework South");

    UUID ngo = createAgency("ngo");
    UUID otherNgo = createAgency("un_agency");
    UUID enforcement = createAgency("government_immigration_enforcement");
    TestUser owner = createUser(ngo, "caseworker");
    String caseId = owner.api().post("/api/v1/cases", Api.object().put("givenName", "Tesfalem").put("sex", "male")
        .put("ageYears", 14).put("locationId", northCentre.toString())).body().get("id").asText();
    Api.Response assessment = owner.api().post("/api/v1/cases/" + caseId + "/assessments",
        Api.json("{\"level\": \"individual\", \"findings\": []}"));
    String assessmentId = assessment.body().get("id").asText();

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
    users.put("enforcement system_admin", createUser(enforcement, "system_admin"));

    Map<String, Expected> expected = new LinkedHashMap<>();
    expected.put("caseworker, owner", new Expected(true, true, false, true, true, false, true));
    expected.put("caseworker, own scope, not owner", new Expected(false, false, false, false, false, false, true));
    expected.put("caseworker, location scope covering the case",
        new Expected(true, true, false, true, true, false, true));
    expected.put("caseworker, agency scope", new Expected(true, true, false, true, true, false, true));
    expected.put("supervisor, agency scope", new Expected(true, true, true, true, true, true, true));
    expected.put("supervisor, location scope elsewhere", new Expected(false, false, false, false, false, true, true));
    expected.put("agency_admin", new Expected(true, false, false, false, false, false, false));
    expected.put("service_provider", new Expected(false, false, false, false, false, false, false));
    expected.put("analyst", new Expected(false, false, false, false, false, false, false));
    expected.put("supervisor of another agency", new Expected(false, false, false, false, false, true, true));
    expected.put("supervisor of another agency, scope all", new Expected(true, true, true, true, true, true, true));
    expected.put("enforcement supervisor, scope all", new Expected(false, false, false, false, false, false, false));
    expected.put("enforcement caseworker", new Expected(false, false, false, false, false, false, false));
    expected.put("enforcement system_admin", new Expected(false, false, false, false, false, false, false));

    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, TestUser> entry : users.entrySet()) {
      Api api = entry.getValue().api();
      Expected got = new Expected(
          allowed(api.get("/api/v1/cases/" + caseId + "/assessments")),
          allowed(api.post("/api/v1/cases/" + caseId + "/screenings",
              Api.json("{\"answers\": [{\"code\": \"dtm_offered_employment\", \"answer\": \"no\"}]}"))),
          // A stale version: allowed callers get 412, the others 403 before the version is looked at.
          allowed(api.post("/api/v1/assessments/" + assessmentId + "/risk-override",
              Api.object().put("riskLevel", "low").put("reason", "probe"), "\"999\"")),
          allowed(api.post("/api/v1/cases/" + caseId + "/conferences", Api.json(
              "{\"date\": \"2026-11-02\", \"participants\": [\"caseworker\"], \"decisions\": \"none\"}"))),
          // The first allowed caller's request waits for approval; later ones find it pending (409).
          allowed(api.post("/api/v1/cases/" + caseId + "/closure", Api.object().put("reason", "probe"))),
          allowed(api.get("/api/v1/approvals")),
          allowed(api.get("/api/v1/tasks/team")));
      Expected want = expected.get(entry.getKey());
      if (!got.equals(want)) {
        mismatches.add(entry.getKey() + ": expected " + want + " but got " + got);
      }
    }
    assertThat(mismatches).isEmpty();

    JsonNode audit = admin().get("/api/v1/audit?recordId=" + caseId + "&size=1000").body();
    UUID enforcementUser = users.get("enforcement supervisor, scope all").id();
    boolean firewallRecorded = false;
    for (JsonNode event : audit) {
      firewallRecorded |= event.get("userId").asText().equals(enforcementUser.toString())
          && event.get("outcome").asText().equals("denied");
    }
    assertThat(firewallRecorded).as("the firewall's refusals are audited").isTrue();
  }

  private static boolean allowed(Api.Response response) {
    assertThat(response.status()).as("%s", response).isNotIn(401, 500);
    return response.status() != 403;
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
