package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A name search in the database leaves out the keys of a name shared by very many cases when the query has
 * a rarer one; here "very many" is lowered to three so that a handful of cases shows it.
 */
@HavenApiTest
@TestPropertySource(properties = "haven.search.frequent-name-key=3")
class CaseNameSearchFrequentKeysH2Test extends ApiTestSupport {

  @Test
  void theRarerPartOfTheNameAnswersAndTheCommonPartIsLeftOut() {
    TestUser caseworker = createUser(createAgency("ngo"), "caseworker");
    for (String family : List.of("Rahimi", "Karimi", "Haidari", "Sultani")) {
      caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", family));
    }
    String sought = caseworker.api().post("/api/v1/cases", CaseMother.minimal("Mohammed", "Qaraqalpaqzoda"))
        .body().get("id").asText();

    // A page larger than the index's answer, so that the database's name keys answer the search.
    JsonNode found = caseworker.api().get("/api/v1/cases?q=Mohammed%20Qaraqalpaqzoda&size=100").body();

    assertThat(found.get("items").findValuesAsString("id")).containsExactly(sought);
    assertThat(found.get("total").asLong()).isEqualTo(1);
    // A name with no rarer part still finds everyone who bears it.
    JsonNode common = caseworker.api().get("/api/v1/cases?q=Mohammed&size=100").body();
    assertThat(common.get("total").asLong()).isEqualTo(5);
  }
}
