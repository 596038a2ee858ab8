package org.haven.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Steps the casework journeys share, each through the HTTP API as a client would take it. */
abstract class CaseworkFixtures extends ApiTestSupport {

  /** Imports a country with one region and one district of unique names; returns the district and region ids. */
  protected UUID[] district(String country, String countryCode) {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String region = "Region " + suffix;
    String district = "District " + suffix;
    String csv = "Country,Country code,Region,Region code,District,District code\n"
        + "#country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code\n"
        + country + "," + countryCode + "," + region + "," + countryCode.substring(0, 2) + suffix + ","
        + district + "," + countryCode.substring(0, 2) + suffix + "01\n";
    Api.Response imported = admin().postRaw("/api/v1/locations/import", "text/csv", csv);
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    return new UUID[] {locationNamed(district), locationNamed(region)};
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

  protected String register(TestUser user, ObjectNode body) {
    Api.Response created = user.api().post("/api/v1/cases", body);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.body().get("id").asText();
  }

  protected static ObjectNode finding(String code, boolean present, String evidence) {
    ObjectNode f = Api.object().put("code", code).put("present", present);
    if (evidence != null) {
      f.put("evidence", evidence);
    }
    return f;
  }

  protected static ObjectNode assessment(String level, ObjectNode... findings) {
    ObjectNode body = Api.object().put("level", level);
    ArrayNode list = body.putArray("findings");
    for (ObjectNode f : findings) {
      list.add(f);
    }
    return body;
  }

  /** Records and submits an assessment; returns its id (it waits for approval where required). */
  protected String recordAndSubmit(TestUser user, String path, ObjectNode body) {
    Api.Response created = user.api().post(path, body);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.body().get("id").asText();
    Api.Response submitted = user.api().post("/api/v1/assessments/" + id + "/submit", null, created.header("ETag"));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    return id;
  }

  /** The pending approval of a subject in the supervisor's queue. */
  protected JsonNode pendingApproval(TestUser supervisor, String subjectId) {
    Api.Response queue = supervisor.api().get("/api/v1/approvals");
    assertThat(queue.status()).as("%s", queue).isEqualTo(200);
    for (JsonNode approval : queue.body().get("items")) {
      if (approval.get("subjectId").asText().equals(subjectId) || approval.get("id").asText().equals(subjectId)) {
        return approval;
      }
    }
    throw new AssertionError("no pending approval of " + subjectId + " in " + queue);
  }

  protected Api.Response decide(TestUser supervisor, JsonNode approval, String decision, String comment) {
    ObjectNode body = Api.object().put("decision", decision);
    if (comment != null) {
      body.put("comment", comment);
    }
    return supervisor.api().post("/api/v1/approvals/" + approval.get("id").asText() + "/decision", body,
        "\"" + approval.get("version").asLong() + "\"");
  }

  protected void approve(TestUser supervisor, String subjectId) {
    Api.Response decided = decide(supervisor, pendingApproval(supervisor, subjectId), "approved", "reviewed");
    assertThat(decided.status()).as("%s", decided).isEqualTo(200);
  }

  protected static List<JsonNode> items(Api.Response response) {
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    List<JsonNode> items = new java.util.ArrayList<>();
    response.body().get("items").forEach(items::add);
    return items;
  }

  protected static List<JsonNode> ofCase(List<JsonNode> items, String caseId) {
    return items.stream().filter(i -> caseId.equals(i.path("caseId").asText())).toList();
  }
}
