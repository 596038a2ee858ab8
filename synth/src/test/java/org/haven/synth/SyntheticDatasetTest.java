package org.haven.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetTest {
  private static final int CHILDREN = 30_000;
  private static final int REQUESTS = 3_000;
  private static final List<String> CONTRACT_COLUMNS = List.of("record_id", "given_name", "family_name",
      "other_names", "sex", "date_of_birth", "age_years", "nationality", "place_of_origin", "father_name",
      "mother_name", "separation_date", "separation_place", "recorded_on", "recorded_in");

  @TempDir static Path dir;
  static List<CSVRecord> children;
  static List<CSVRecord> requests;
  static List<CSVRecord> links;
  static List<CSVRecord> duplicates;

  @BeforeAll
  static void generate() throws IOException {
    new SyntheticDataset(42).write(CHILDREN, REQUESTS, dir.resolve("a"));
    children = read(dir.resolve("a/children.csv"));
    requests = read(dir.resolve("a/requests.csv"));
    links = read(dir.resolve("a/truth_link.csv"));
    duplicates = read(dir.resolve("a/truth_dedupe.csv"));
  }

  @Test
  void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
    new SyntheticDataset(42).write(CHILDREN, REQUESTS, dir.resolve("b"));
    new SyntheticDataset(43).write(CHILDREN, REQUESTS, dir.resolve("c"));
    for (String f : List.of("children.csv", "requests.csv", "truth_link.csv", "truth_dedupe.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
    assertThat(Files.readAllBytes(dir.resolve("c/children.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a/children.csv")));
  }

  @Test
  void variationsChangeNoiseProportionsAndMix() throws IOException {
    new SyntheticDataset(42, new Variation(2.0, 0.5, 9, 1.0)).write(CHILDREN, REQUESTS, dir.resolve("v"));
    List<CSVRecord> varied = read(dir.resolve("v/children.csv"));
    Set<String> traceable = new HashSet<>();
    read(dir.resolve("v/truth_link.csv")).forEach(r -> traceable.add(r.get("request_id")));
    assertThat(traceable).hasSize(REQUESTS / 2);
    double syrian = share(children, r -> r.get("nationality").equals("SYR"));
    double syrianVaried = share(varied, r -> r.get("nationality").equals("SYR"));
    double ukrainian = share(children, r -> r.get("nationality").equals("UKR"));
    double ukrainianVaried = share(varied, r -> r.get("nationality").equals("UKR"));
    assertThat(Math.abs(syrianVaried - syrian) + Math.abs(ukrainianVaried - ukrainian)).isGreaterThan(0.02);
  }

  @Test
  void lessVarietyWritesTheSameChildrenMorePlainly() throws IOException {
    new SyntheticDataset(42, new Variation(1.0, SyntheticDataset.TRACEABLE_SHARE, 0, 0.0))
        .write(CHILDREN, REQUESTS, dir.resolve("plain"));
    for (String f : List.of("truth_link.csv", "truth_dedupe.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("plain").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
    List<CSVRecord> plain = read(dir.resolve("plain/children.csv"));
    List<CSVRecord> plainRequests = read(dir.resolve("plain/requests.csv"));
    Predicate<CSVRecord> otherScript = r -> r.get("given_name").matches(".*[\\p{L}&&[^\\p{IsLatin}]].*");
    Predicate<CSVRecord> exactBirthDate = r -> r.get("date_of_birth").matches("\\d{4}-\\d{2}-\\d{2}")
        && !r.get("date_of_birth").endsWith("-01-01");
    assertThat(share(children, otherScript)).isGreaterThan(0.02);
    assertThat(share(requests, otherScript)).isGreaterThan(0.05);
    assertThat(share(plain, otherScript)).isZero();
    assertThat(share(plainRequests, otherScript)).isZero();
    assertThat(share(plain, exactBirthDate)).isGreaterThan(share(children, exactBirthDate) + 0.2);
  }

  @Test
  void headersFollowTheMatchingContract() throws IOException {
    for (String f : List.of("children.csv", "requests.csv")) {
      String header = Files.readAllLines(dir.resolve("a").resolve(f), StandardCharsets.UTF_8).get(0);
      assertThat(List.of(header.split(","))).as(f).containsExactlyElementsOf(CONTRACT_COLUMNS);
    }
    assertThat(Files.readAllLines(dir.resolve("a/truth_link.csv")).get(0)).isEqualTo("request_id,record_id");
    assertThat(Files.readAllLines(dir.resolve("a/truth_dedupe.csv")).get(0)).isEqualTo("record_id_a,record_id_b");
  }

  @Test
  void everyRowHasAllColumnsAndUniqueIds() {
    assertThat(children.stream().filter(r -> r.size() != CONTRACT_COLUMNS.size()).count()).isZero();
    assertThat(requests.stream().filter(r -> r.size() != CONTRACT_COLUMNS.size()).count()).isZero();
    assertThat(ids(children)).hasSize(CHILDREN);
    assertThat(ids(requests)).hasSize(REQUESTS);
    assertThat(children.stream().filter(r -> !r.get("recorded_on").matches("\\d{4}-\\d{2}-\\d{2}")).count())
        .isZero();
  }

  @Test
  void everyTruthIdExists() {
    Set<String> childIds = ids(children);
    Set<String> requestIds = ids(requests);
    assertThat(links).isNotEmpty();
    assertThat(links.stream().filter(r -> !requestIds.contains(r.get("request_id"))
        || !childIds.contains(r.get("record_id"))).toList()).isEmpty();
    assertThat(duplicates).isNotEmpty();
    assertThat(duplicates.stream().filter(r -> !childIds.contains(r.get("record_id_a"))
        || !childIds.contains(r.get("record_id_b"))
        || r.get("record_id_a").compareTo(r.get("record_id_b")) >= 0).toList()).isEmpty();
  }

  @Test
  void requestedCountsAndProportions() {
    assertThat(children).hasSize(CHILDREN);
    assertThat(requests).hasSize(REQUESTS);
    Set<String> traceable = new HashSet<>();
    links.forEach(r -> traceable.add(r.get("request_id")));
    assertThat(traceable).hasSize((int) Math.round(REQUESTS * SyntheticDataset.TRACEABLE_SHARE));
    Set<String> duplicated = new HashSet<>();
    duplicates.forEach(r -> { duplicated.add(r.get("record_id_a")); duplicated.add(r.get("record_id_b")); });
    assertThat(duplicated.size() / (double) CHILDREN).isBetween(0.2, 0.5);
    assertThat(share(children, r -> r.get("nationality").equals("SYR"))).isBetween(0.08, 0.18);
    assertThat(share(children, r -> r.get("nationality").equals("UKR"))).isBetween(0.10, 0.22);
  }

  @Test
  void everyNamingStructureIsPresent() {
    for (String nat : List.of("SYR", "IRQ", "SDN", "AFG", "ERI", "ETH", "SOM", "UKR", "HND", "GTM", "VEN", "MMR")) {
      assertThat(share(children, r -> r.get("nationality").equals(nat))).as(nat).isGreaterThan(0.005);
    }
    // Arabic article and Abd al- compounds, Abu kunya for fathers
    assertThat(share(children, r -> r.get("family_name").matches("(?i)(al|el)[- ].+"))).isGreaterThan(0.01);
    assertThat(any(children, r -> r.get("given_name").matches("(?i)abd.*rahman.*"))).isTrue();
    assertThat(any(requests, r -> r.get("father_name").startsWith("Abu ")
        || r.get("father_name").startsWith("ABU "))).isTrue();
    // Afghan single names and names with -ullah
    assertThat(any(children, r -> r.get("nationality").equals("AFG") && r.get("family_name").isEmpty())).isTrue();
    assertThat(any(children, r -> r.get("given_name").toLowerCase().contains("ullah"))).isTrue();
    // Ukrainian patronymics in both languages and both common romanisations of Kharkiv
    assertThat(any(children, r -> r.get("other_names").toLowerCase().matches(".*(ovych|ivna|ovich|ovna)"))).isTrue();
    assertThat(any(children, r -> r.get("place_of_origin").equals("Kharkov"))).isTrue();
    assertThat(any(children, r -> r.get("place_of_origin").equals("Kharkiv"))).isTrue();
    // Latin American double surnames with accents
    assertThat(any(children, r -> r.get("family_name").matches("\\p{L}+ \\p{L}+") && r.get("family_name")
        .matches(".*[áéíóúÁÉÍÓÚ].*"))).isTrue();
    // Rohingya: personal name only
    assertThat(share(children, r -> r.get("nationality").equals("MMR") && r.get("family_name").isEmpty()))
        .isGreaterThan(0.005);
    // Somali official orthography (c and x) in requests from Somalia
    assertThat(any(requests, r -> r.get("given_name").matches("(?i)(cabdi|xasan|maxamed|cali|cumar).*"))).isTrue();
  }

  @Test
  void conventionsOfTheRegisteringCountryShow() {
    assertThat(any(children, r -> r.get("given_name").matches("(?i)(youssouf|mouhamed|oumar|moustafa)"))).isTrue();
    assertThat(any(children, r -> r.get("given_name").matches("(?i)(jusuf|muhammed|jasmin|hischam)"))).isTrue();
    assertThat(any(children, r -> r.get("family_name").matches("(?i)(schewtschenko|szewczenko|chevtchenko|ševčenko)")))
        .isTrue();
  }

  @Test
  void otherScriptsArePresent() {
    assertThat(share(children, r -> Script.ARABIC.writes(r.get("given_name")))).isGreaterThan(0.005);
    assertThat(any(children, r -> Script.CYRILLIC.writes(r.get("given_name")))).isTrue();
    assertThat(any(children, r -> Script.ETHIOPIC.writes(r.get("given_name")))).isTrue();
    double requestsInScript = share(requests, r -> !Script.LATIN.writes(r.get("given_name")));
    assertThat(requestsInScript).isBetween(0.04, 0.25);
  }

  @Test
  void datesOfBirthAreRecordedAsInReality() {
    assertThat(share(children, r -> r.get("date_of_birth").matches("\\d{4}-01-01"))).isGreaterThan(0.08);
    assertThat(share(children, r -> r.get("date_of_birth").matches("\\d{4}"))).isGreaterThan(0.04);
    assertThat(share(children, r -> r.get("date_of_birth").isEmpty() && !r.get("age_years").isEmpty()))
        .isGreaterThan(0.03);
    assertThat(share(children, r -> r.get("date_of_birth").matches("\\d{4}-\\d{2}-\\d{2}"))).isGreaterThan(0.5);
  }

  @Test
  void noDateOfBirthLiesAfterTheDayItWasRecorded() {
    // A form refuses such a date, so neither the import nor the API would take the row.
    Predicate<CSVRecord> afterRecording = r -> r.get("date_of_birth").length() == 10
        && r.get("date_of_birth").compareTo(r.get("recorded_on")) > 0;
    assertThat(children.stream().filter(afterRecording)).isEmpty();
    assertThat(requests.stream().filter(afterRecording)).isEmpty();
  }

  @Test
  void commonNamesHaveRealisticFrequencies() {
    double mohammed = share(children, r -> r.get("given_name").toLowerCase().matches("m[ou]h?am+[ae]d|muhammed"));
    assertThat(mohammed).isBetween(0.02, 0.15);
  }

  @Test
  void siblingsShareFathersAndFamilyNames() {
    Map<String, Integer> byFather = new java.util.HashMap<>();
    for (CSVRecord r : children) {
      if (r.get("father_name").isEmpty()) continue;
      byFather.merge(r.get("father_name") + "|" + r.get("family_name"), 1, Integer::sum);
    }
    assertThat(byFather.values().stream().filter(n -> n > 3).count()).isGreaterThan(10);
  }

  private static Set<String> ids(List<CSVRecord> rows) {
    Set<String> s = new HashSet<>();
    rows.forEach(r -> s.add(r.get("record_id")));
    return s;
  }

  private static double share(List<CSVRecord> rows, Predicate<CSVRecord> p) {
    return rows.stream().filter(p).count() / (double) rows.size();
  }

  private static boolean any(List<CSVRecord> rows, Predicate<CSVRecord> p) {
    return rows.stream().anyMatch(p);
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in).getRecords());
    }
  }
}
