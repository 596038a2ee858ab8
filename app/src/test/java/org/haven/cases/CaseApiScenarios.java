package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Registering, reading, editing, finding a child's case through the HTTP API. Run on H2 and PostgreSQL. */
abstract class CaseApiScenarios extends ApiTestSupport {
  private TestUser caseworker;

  @BeforeEach
  void caseworker() {
    caseworker = createUser(createAgency("ngo"), "caseworker");
  }

  @Test
  void registeringAChildReturnsTheCaseWithServerFields() {
    Api.Response response = caseworker.api().post("/api/v1/cases", CaseMother.eritreanBoy());

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonNode body = response.body();
    assertThat(response.header("Location")).isEqualTo("/api/v1/cases/" + body.get("id").asText());
    assertThat(response.header("ETag")).isEqualTo("\"1\"");
    assertThat(body.get("caseNumber").asText()).matches("C-[0-9A-Z]{5,}");
    assertThat(body.get("status").asText()).isEqualTo("open");
    assertThat(body.get("version").asLong()).isEqualTo(1);
    assertThat(body.get("ownerId").asText()).isEqualTo(caseworker.id().toString());
    assertThat(body.get("agencyId").asText()).isEqualTo(caseworker.agencyId().toString());
    assertThat(body.get("createdBy").asText()).isEqualTo(caseworker.id().toString());
    assertThat(body.get("createdAt").asText()).isNotBlank();
    assertThat(body.get("givenName").asText()).isEqualTo("ዳዊት");
    assertThat(body.get("dateOfBirth").asText()).isEqualTo("2011");
    assertThat(body.get("journey")).hasSize(3);
    assertThat(body.get("journey").get(1).get("conditions").get(0).asText()).isEqualTo("extortion");
    assertThat(body.get("consent").get("tracing").asBoolean()).isTrue();

    Api.Response read = caseworker.api().get("/api/v1/cases/" + body.get("id").asText());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"1\"");
    assertThat(read.body().get("family").get(0).get("name").asText()).isEqualTo("Saba Haile");
    assertThat(read.body().get("separation").get("date").asText()).isEqualTo("2025-03");
  }

  @Test
  void namesInAnotherScriptGetALatinForm() {
    Api.Response response = caseworker.api().post("/api/v1/cases", CaseMother.syrianGirlInArabic());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().get("givenNameLatin").asText()).isNotBlank().matches("\\p{IsLatin}+.*");
  }

  @Test
  void theSameClientIdTwiceRegistersOneCase() {
    UUID id = UUID.randomUUID();
    ObjectNode body = CaseMother.minimal("Amina", "Yusuf").put("id", id.toString());

    Api.Response first = caseworker.api().post("/api/v1/cases", body);
    Api.Response second = caseworker.api().post("/api/v1/cases", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body().get("id").asText()).isEqualTo(id.toString());
    assertThat(second.body().get("caseNumber").asText()).isEqualTo(first.body().get("caseNumber").asText());
    Api.Response list = caseworker.api().get("/api/v1/cases?q=Amina%20Yusuf");
    assertThat(list.body().get("items").findValuesAsString("id").stream().filter(id.toString()::equals))
        .hasSize(1);
  }

  @Test
  void anInvalidBodyNamesEveryBadFieldAndStoresNothing() {
    ObjectNode body = Api.json("""
        {"givenName": "Omar", "sex": "boy", "dateOfBirth": "2015-13-40", "ageYears": 40,
         "nationality": ["XXX"], "protectionConcerns": ["not_a_concern"],
         "family": [{"relationship": "cousin_twice_removed", "name": "X"}],
         "journey": [{"place": "Agadez"}], "colour": "blue"}
        """);

    Api.Response response = caseworker.api().post("/api/v1/cases", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> fields = response.body().get("errors").findValuesAsString("field");
    assertThat(fields).contains("sex", "dateOfBirth", "ageYears", "nationality[0]", "protectionConcerns[0]",
        "family[0].relationship", "journey[0].stage", "colour");
    assertThat(caseworker.api().get("/api/v1/cases").body().get("total").asLong()).isZero();
  }

  @Test
  void malformedJsonIsAClearError() {
    Api.Response response = caseworker.api().post("/api/v1/cases", "{\"givenName\": \"Omar\", ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asText()).isNotBlank();
  }

  @Test
  void oversizedBodiesAreRefused() {
    String huge = "{\"givenName\": \"" + "a".repeat(2_000_000) + "\", \"sex\": \"male\"}";
    Api.Response response = caseworker.api().post("/api/v1/cases", huge);
    assertThat(response.status()).isEqualTo(413);
    assertThat(caseworker.api().get("/api/v1/cases").body().get("total").asLong()).isZero();
  }

  @Test
  void anUpdateNeedsTheCurrentETag() {
    JsonNode created = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Yusuf", "Ahmadi")).body();
    String path = "/api/v1/cases/" + created.get("id").asText();
    ObjectNode edited = ((ObjectNode) created.deepCopy()).put("riskLevel", "medium");

    assertThat(caseworker.api().put(path, edited, null).status()).isEqualTo(428);
    Api.Response saved = caseworker.api().put(path, edited, "\"1\"");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    assertThat(saved.body().get("riskLevel").asText()).isEqualTo("medium");

    Api.Response stale = caseworker.api().put(path, edited.put("riskLevel", "low"), "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(caseworker.api().get(path).body().get("riskLevel").asText()).isEqualTo("medium");
  }

  @Test
  void twoConcurrentWritersOfTheSameVersionCannotBothWin() throws Exception {
    JsonNode created = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Hassan", "Noor")).body();
    String path = "/api/v1/cases/" + created.get("id").asText();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Api.Response>> results = new ArrayList<>();
    for (String place : List.of("Agadez", "Gao")) {
      ObjectNode edit = ((ObjectNode) created.deepCopy()).put("placeOfOrigin", place);
      Callable<Api.Response> writer = () -> {
        start.await();
        return caseworker.api().put(path, edit, "\"1\"");
      };
      results.add(pool.submit(writer));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    String winner = null;
    for (Future<Api.Response> result : results) {
      Api.Response response = result.get();
      statuses.add(response.status());
      if (response.status() == 200) {
        winner = response.body().get("placeOfOrigin").asText();
      }
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    JsonNode stored = caseworker.api().get(path).body();
    assertThat(stored.get("placeOfOrigin").asText()).isEqualTo(winner);
    assertThat(stored.get("version").asLong()).isEqualTo(2);
  }

  @Test
  void historyKeepsEveryFieldChange() {
    JsonNode created = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Olena", "Kovalenko")).body();
    String path = "/api/v1/cases/" + created.get("id").asText();
    ObjectNode edited = ((ObjectNode) created.deepCopy()).put("placeOfOrigin", "Kharkiv").put("sex", "female");
    caseworker.api().put(path, edited, "\"1\"");

    Api.Response history = caseworker.api().get(path + "/history");

    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).hasSize(2);
    JsonNode change = history.body().get(1);
    assertThat(change.get("by").asText()).isEqualTo(caseworker.id().toString());
    assertThat(change.get("at").asText()).isNotBlank();
    assertThat(change.get("changes").toString()).contains("placeOfOrigin").contains("Kharkiv");
    JsonNode sexChange = null;
    for (JsonNode c : change.get("changes")) {
      if (c.get("field").asText().equals("sex")) {
        sexChange = c;
      }
    }
    assertThat(sexChange).isNotNull();
    assertThat(sexChange.get("from").asText()).isEqualTo("unknown");
    assertThat(sexChange.get("to").asText()).isEqualTo("female");
  }

  @Test
  void searchFindsNamesAcrossSpellingsAndScripts() {
    caseworker.api().post("/api/v1/cases", CaseMother.syrianGirlInArabic());
    caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", "Al-Hassan"));
    caseworker.api().post("/api/v1/cases", CaseMother.minimal("Olena", "Shevchenko"));

    assertThat(namesFound("Fatima")).contains("فاطمة");
    assertThat(namesFound("Muhammad")).contains("Mohammed");
    assertThat(namesFound("Олена")).contains("Olena");
    assertThat(namesFound("Olena")).doesNotContain("Mohammed");
  }

  @Test
  void aNameSearchPutsTheCaseSharingTheRarerNameFirstAndStaysWithinScope() {
    for (String family : List.of("Rahimi", "Karimi", "Haidari")) {
      caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", family));
    }
    String ours = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", "Zubaidi")).body().get("id")
        .asText();
    TestUser elsewhere = createUser(createAgency("ngo"), "caseworker");
    String theirs = elsewhere.api().post("/api/v1/cases", CaseMother.minimal("Muhammad", "Zubaidi")).body()
        .get("id").asText();

    JsonNode first = caseworker.api().get("/api/v1/cases?q=Muhammad%20Zubaydi&size=1").body();
    JsonNode all = caseworker.api().get("/api/v1/cases?q=Muhammad%20Zubaydi&size=100").body();

    assertThat(first.get("items").get(0).get("id").asText()).isEqualTo(ours);
    assertThat(all.get("items").findValuesAsString("id")).contains(ours).doesNotContain(theirs);
    assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());
  }

  @Test
  void listFiltersByStatusAndRiskAndPages() {
    for (String risk : List.of("high", "high", "low")) {
      caseworker.api().post("/api/v1/cases", CaseMother.minimal("Ali", "Karimi").put("riskLevel", risk));
    }
    JsonNode high = caseworker.api().get("/api/v1/cases?riskLevel=high&status=open&size=1&page=0").body();
    assertThat(high.get("total").asLong()).isEqualTo(2);
    assertThat(high.get("items")).hasSize(1);
    JsonNode secondPage = caseworker.api().get("/api/v1/cases?riskLevel=high&size=1&page=1").body();
    assertThat(secondPage.get("items").get(0).get("id")).isNotEqualTo(high.get("items").get(0).get("id"));
    assertThat(caseworker.api().get("/api/v1/cases?riskLevel=extreme").status()).isEqualTo(400);
  }

  @Test
  void theDuplicateCheckFindsTheSameChildSpelledAnotherWay() {
    JsonNode registered = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", "Al-Hassan")
        .put("sex", "male").put("dateOfBirth", "2012-05-04")).body();
    caseworker.api().post("/api/v1/cases", CaseMother.minimal("Olena", "Shevchenko"));

    Api.Response check = caseworker.api().post("/api/v1/cases/duplicates-check",
        Api.object().put("givenName", "Muhammad").put("familyName", "Alhasan").put("sex", "male")
            .put("dateOfBirth", "2012"));

    assertThat(check.status()).isEqualTo(200);
    JsonNode candidates = check.body().get("candidates");
    assertThat(candidates).isNotEmpty();
    assertThat(candidates.get(0).get("caseId").asText()).isEqualTo(registered.get("id").asText());
    assertThat(candidates.get(0).get("caseNumber").asText()).isEqualTo(registered.get("caseNumber").asText());
    assertThat(candidates.get(0).get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(candidates.findValuesAsString("caseId")).doesNotContain("Olena");
  }

  @Test
  void aSupervisorDeletesACaseWithAReasonAndItDisappearsButItsHistoryStays() {
    TestUser supervisor = createUser(caseworker.agencyId(), "supervisor");
    JsonNode created = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Rahim", "Safi")).body();
    String path = "/api/v1/cases/" + created.get("id").asText();
    var withReason = java.util.Map.of("If-Match", "\"1\"", "Content-Type", "application/json");

    assertThat(caseworker.api().send("DELETE", path, withReason, "{\"reason\": \"test\"}").status())
        .isEqualTo(403);
    assertThat(supervisor.api().send("DELETE", path, withReason, "{}").status()).isEqualTo(400);
    assertThat(supervisor.api().send("DELETE", path, withReason, "{\"reason\": \"registered twice\"}").status())
        .isEqualTo(204);

    assertThat(caseworker.api().get(path).status()).isEqualTo(404);
    assertThat(caseworker.api().get("/api/v1/cases?q=Rahim%20Safi").body().get("total").asLong()).isZero();
    JsonNode audit = supervisor.api().get("/api/v1/audit?recordId=" + created.get("id").asText()).body();
    assertThat(audit.findValuesAsString("action")).contains("case.delete");
  }

  @Test
  void unknownCasesAre404() {
    assertThat(caseworker.api().get("/api/v1/cases/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(caseworker.api().get("/api/v1/cases/not-a-uuid").status()).isEqualTo(400);
  }

  private List<String> namesFound(String q) {
    Api.Response response = caseworker.api().get("/api/v1/cases?q=" + java.net.URLEncoder.encode(q,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(response.status()).isEqualTo(200);
    return response.body().get("items").findValuesAsString("givenName");
  }
}
