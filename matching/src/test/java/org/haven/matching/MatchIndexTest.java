package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.haven.matching.compare.Field;
import org.junit.jupiter.api.Test;

class MatchIndexTest {
  private static Description child(String id, String given, String family, String dob) {
    return Description.builder(id).givenName(given).familyName(family).dateOfBirth(dob).sex("female")
        .nationality("SOM").placeOfOrigin("Mogadishu").build();
  }

  @Test
  void findsAChildDescribedInAnotherSpellingAndScript() {
    MatchIndex index = new MatchIndex();
    index.put(Description.builder("C1").givenName("Fatima").familyName("Al-Hassan").sex("f")
        .dateOfBirth("2013-06-02").placeOfOrigin("Aleppo").nationality("SYR").build());
    index.put(Description.builder("C2").givenName("Maryam").familyName("Haddad").sex("f")
        .dateOfBirth("2011-02-02").placeOfOrigin("Homs").nationality("SYR").build());
    List<Candidate> hits = index.query(Description.builder("Q").givenName("فاطمة").familyName("الحسن")
        .sex("female").dateOfBirth("2013").placeOfOrigin("Halab").build(), 5);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).recordId()).isEqualTo("C1");
    assertThat(hits.get(0).explanation()).contains("given_name:+").contains("place_of_origin:+");
    assertThat(hits).noneMatch(c -> c.recordId().equals("C2"));
  }

  @Test
  void aGirlRegisteredBeforeHerNamesakeWasSeparatedIsTheLessLikelyChild() {
    // Two girls of one name, birth year and town; the family last saw theirs in May 2023. One girl was
    // registered in January 2022, long before that, so she cannot be the girl the family lost.
    Description query = Description.builder("Q").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015").nationality("SOM").placeOfOrigin("Mogadishu").separationDate("2023-05-10")
        .recordedOn("2023-09-01").build();
    MatchIndex index = new MatchIndex();
    index.put(Description.builder("BEFORE").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015-02-11").nationality("SOM").placeOfOrigin("Mogadishu").recordedOn("2022-01-18").build());
    index.put(Description.builder("AFTER").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015-07-30").nationality("SOM").placeOfOrigin("Mogadishu").recordedOn("2023-06-20").build());
    // Born months apart, the two are two girls and each is the other's rival: the less likely one falls below
    // the usual review threshold, so a lower one keeps her in sight.
    index.setModel(index.model().withThresholds(0.96, 0.001));
    List<Candidate> hits = index.query(query, 5);
    assertThat(hits).extracting(Candidate::recordId).containsExactly("AFTER", "BEFORE");
    assertThat(hits.get(0).explanation()).contains("recorded_after_separation:+");
    assertThat(hits.get(1).explanation()).contains("recorded_after_separation:-");
    double after = hits.get(0).probability();
    double before = hits.get(1).probability();
    // By odds, since in an index of two both girls are likely; each also takes from the other as a rival.
    assertThat(after / (1 - after)).isGreaterThan(4 * before / (1 - before));
  }

  @Test
  void aLookAlikeChildMakesACandidateLessCertainButADuplicateRegistrationDoesNot() {
    Description query = Description.builder("Q").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015").nationality("SOM").build();
    Description hodan = Description.builder("C1").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015-03-03").nationality("SOM").placeOfOrigin("Mogadishu").fatherName("Abdi Warsame")
        .motherName("Amina Yusuf").build();
    MatchIndex alone = new MatchIndex();
    alone.put(hodan);
    double single = alone.query(query, 5).get(0).probability();

    MatchIndex withCousin = new MatchIndex();
    withCousin.put(hodan);
    withCousin.put(Description.builder("C2").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015-11-20").nationality("SOM").placeOfOrigin("Kismayo").fatherName("Omar Warsame")
        .motherName("Sahra Ali").build());
    List<Candidate> hits = withCousin.query(query, 5);
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).probability()).isLessThan(single);
    assertThat(hits.get(0).explanation()).contains("other_candidates:-");

    MatchIndex withDuplicate = new MatchIndex();
    withDuplicate.put(hodan);
    withDuplicate.put(Description.builder("C3").givenName("Hodan").familyName("Warsame").sex("female")
        .dateOfBirth("2015-03-03").nationality("SOM").placeOfOrigin("Mogadishu").fatherName("Abdi Warsame")
        .motherName("Amina Yusuf").build());
    assertThat(withDuplicate.query(query, 5)).hasSize(2).extracting(Candidate::probability)
        .allSatisfy(p -> assertThat(p).isCloseTo(single, org.assertj.core.data.Offset.offset(0.01)));
  }

  @Test
  void twoRegistrationsOfOneChildThatShareLittleWithEachOtherDoNotCompeteForItsDescription() {
    // One registration gives the family name, the birth date and the mother, the other an age, the place and
    // the father. Compared with each other they could be two girls called Chantal, yet the request agrees
    // with both, and with each in what the other lacks.
    Description query = Description.builder("Q").givenName("Chantal Benedicte").familyName("Kalala")
        .sex("female").dateOfBirth("2019-04-13").placeOfOrigin("Rutshuru").fatherName("Emmanuel Kalala")
        .motherName("Rachel Ngotombo").nationality("COD").build();
    Description withBirthDate = Description.builder("C1").givenName("Chantal").familyName("Kalala")
        .sex("female").dateOfBirth("2019-04-13").nationality("COD").motherName("Rachel Ngotombo").build();
    Description withFather = Description.builder("C2").givenName("Chantal Benedicte").sex("female")
        .ageYears("6").recordedOn("2025-08-01").placeOfOrigin("Rutshuru").fatherName("Emmanuel").build();
    MatchIndex index = new MatchIndex();
    index.put(withBirthDate);
    index.put(withFather);
    double[] alone = new double[2];
    for (int i = 0; i < 2; i++) {
      MatchIndex one = new MatchIndex();
      one.put(i == 0 ? withBirthDate : withFather);
      alone[i] = one.query(query, 5).get(0).probability();
    }
    MatchIndex registrationsOnly = new MatchIndex();
    registrationsOnly.put(withBirthDate);
    assertThat(registrationsOnly.query(withFather, 5).get(0).probability()).isLessThan(0.5);

    List<Candidate> hits = index.query(query, 5);
    assertThat(hits).extracting(Candidate::recordId).containsExactlyInAnyOrder("C1", "C2");
    assertThat(hits).allSatisfy(c -> assertThat(c.explanation()).doesNotContain("other_candidates"));
    assertThat(hits).allSatisfy(c -> assertThat(c.probability())
        .isCloseTo(alone[c.recordId().equals("C1") ? 0 : 1], org.assertj.core.data.Offset.offset(0.01)));
  }

  @Test
  void aTwinIsNeverAMatchHoweverLikelyTheModelFindsIt() {
    MatchIndex index = new MatchIndex();
    // A model that finds another given name as common for the same child as twins make it on measured data,
    // with a match threshold such a run may settle on.
    double[][] m = index.model().m();
    m[Field.GIVEN_NAME.ordinal()] = new double[] {0.40, 0.20, 0.05, 0.05, 0.30};
    index.setModel(index.model().withM(m).withThresholds(0.9, 0.001));
    index.put(hodansTwin("C1", "Hodan"));
    index.put(hodansTwin("C2", "Ayaan"));
    Description hodan = hodansTwin("Q", "Hodan");
    index.remove("C1");

    List<Candidate> twinOnly = index.query(hodan, 5);
    index.put(hodansTwin("C1", "Hodan"));
    List<Candidate> both = index.query(hodan, 5);

    assertThat(twinOnly).extracting(Candidate::recordId, Candidate::decision)
        .containsExactly(tuple("C2", Decision.REVIEW));
    assertThat(twinOnly.get(0).probability()).isGreaterThan(index.model().matchThreshold());
    assertThat(both).extracting(Candidate::recordId, Candidate::decision)
        .containsExactly(tuple("C1", Decision.MATCH), tuple("C2", Decision.REVIEW));
  }

  private static Description hodansTwin(String id, String given) {
    return Description.builder(id).givenName(given).familyName("Warsame").sex("female").dateOfBirth("2015-03-03")
        .nationality("SOM").placeOfOrigin("Mogadishu").fatherName("Abdi Warsame").motherName("Amina Yusuf")
        .separationDate("2023-05-01").separationPlace("Kufra").build();
  }

  @Test
  void updatesAndRemovalsTakeEffectImmediately() {
    MatchIndex index = new MatchIndex();
    index.put(child("C1", "Hodan", "Warsame", "2015-03-03"));
    Description query = child("Q", "Hodan", "Warsame", "2015-03-03");
    assertThat(index.query(query, 5)).extracting(Candidate::recordId).containsExactly("C1");
    index.put(child("C1", "Ayaan", "Farah", "2009-09-09"));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.query(query, 5)).isEmpty();
    index.put(child("C2", "Hodan", "Warsame", "2015-03-03"));
    assertThat(index.remove("C2")).isTrue();
    assertThat(index.remove("C2")).isFalse();
    assertThat(index.query(query, 5)).isEmpty();
  }

  @Test
  void theDescriptionItselfIsNotItsOwnCandidate() {
    MatchIndex index = new MatchIndex();
    Description d = child("C1", "Hodan", "Warsame", "2015-03-03");
    index.put(d);
    assertThat(index.query(d, 5)).isEmpty();
  }

  @Test
  void queriesRunWhileDescriptionsAreAddedReplacedAndRemoved() throws Exception {
    MatchIndex index = new MatchIndex();
    TestPopulation pop = new TestPopulation(1500, 11);
    List<Description> firstHalf = pop.registrations.subList(0, pop.registrations.size() / 2);
    firstHalf.forEach(index::put);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      // Queries compare candidates outside the lock, while the descriptions they selected are replaced,
      // removed and put back, and new ones come in.
      Future<?> writer = pool.submit(() -> pop.registrations.forEach(index::put));
      Future<?> churn = pool.submit(() -> firstHalf.forEach(d -> {
        index.remove(d.recordId());
        index.put(d);
      }));
      Future<?> reader = pool.submit(() -> pop.requests.forEach(q -> index.query(q, 10)));
      writer.get();
      churn.get();
      reader.get();
    } finally {
      pool.shutdown();
    }
    assertThat(index.size()).isEqualTo(pop.registrations.size());
    index.train();
    assertThat(index.isTrained()).isTrue();
    long found = pop.requests.stream().filter(q -> !index.query(q, 10).isEmpty()).count();
    assertThat(found).isGreaterThan(pop.requests.size() / 2);
  }

  @Test
  void aDeploymentCanAddItsOwnVariantsAndPlaces(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("names"));
    java.nio.file.Files.createDirectories(dir.resolve("places"));
    java.nio.file.Files.writeString(dir.resolve("names/variants.txt"), "# local nicknames\nbartholomew, tolya\n");
    java.nio.file.Files.writeString(dir.resolve("places/aliases.txt"), "Springfield, Shelbyville\n");
    Knowledge extended = Knowledge.withExtra(dir);
    assertThat(extended.names().canonical("tolya")).isEqualTo("bartholomew");
    assertThat(extended.places().canonical("Shelbyville")).isEqualTo(extended.places().canonical("Springfield"));
    assertThat(extended.names().canonical("mohammed")).isEqualTo("muhammad");
    assertThat(Knowledge.defaults().names().canonical("tolya")).isEqualTo("tolya");
  }

  @Test
  void nameKeysMeetAcrossScriptsAndSpellings() {
    assertThat(NameKeys.of("محمد")).containsAnyElementsOf(NameKeys.of("Mohammed"));
    assertThat(NameKeys.of("Олександр")).containsAnyElementsOf(NameKeys.of("Alexander"));
    assertThat(NameKeys.of("Yusuf")).contains("yusuf");
  }

  @Test
  void aDescriptionIsIndexedUnderItsOwnBirthYearAndQueriesLookAroundIt() {
    MatchIndex index = new MatchIndex();
    Description d = child("A", "Hodan", "Warsame", "2015");
    java.util.function.Predicate<String> phonetic = k -> k.startsWith("d:");

    assertThat(index.blockingKeys(d).stream().filter(phonetic)).isNotEmpty().allMatch(k -> k.endsWith(":2015"));
    assertThat(index.queryKeys(d).stream().filter(phonetic).map(k -> k.substring(k.lastIndexOf(':') + 1)))
        .containsOnly("2014", "2015", "2016");
    // One year apart the phonetic keys still meet; two years apart only the name keys do.
    Set<String> nextYear = index.blockingKeys(child("B", "Hodan", "Warsame", "2016"));
    Set<String> twoYearsOn = index.blockingKeys(child("C", "Hodan", "Warsame", "2017"));
    assertThat(index.queryKeys(d).stream().filter(phonetic)).containsAnyElementsOf(nextYear);
    assertThat(index.queryKeys(d).stream().filter(phonetic)).doesNotContainAnyElementsOf(twoYearsOn);
  }

  @Test
  void blockingKeysAreSharedByVariantSpellings() {
    MatchIndex index = new MatchIndex();
    assertThat(index.queryKeys(child("A", "Hodan", "Warsame", "2015")))
        .containsAnyElementsOf(index.blockingKeys(child("B", "Xodan", "Warsama", "2016")));
  }

  @Test
  void aCompoundInTwoWordsIsFoundByItsOneWordSpellingThroughTheFamilyName() {
    MatchIndex index = new MatchIndex();
    Description twoWords = Description.builder("A").givenName("Gul Agha").familyName("Shinwari").sex("male")
        .dateOfBirth("2006-10-16").placeOfOrigin("Jalalabad").build();
    Description oneWord = Description.builder("B").givenName("Gulagha").familyName("Shinwary").sex("male")
        .dateOfBirth("2006-10-16").placeOfOrigin("Jalalabad").fatherName("Mohammad Shinwary").build();
    index.put(oneWord);
    assertThat(index.query(twoWords, 5)).extracting(Candidate::recordId).containsExactly("B");
  }

  @Test
  void amongNamesakesTheOneWithTheSameMotherAndPlaceIsComparedFirst() {
    MatchIndex index = new MatchIndex();
    index.setCandidatesPerQuery(5);
    // Thirty namesakes share every key equally; the child sought is the eleventh, outside the first five.
    for (int i = 0; i < 30; i++) {
      Description.Builder b = Description.builder("C" + i).givenName("Ahmad").familyName("Karimi").sex("male")
          .dateOfBirth("2012").nationality("AFG");
      if (i == 10) {
        b.motherName("Habiba").placeOfOrigin("Herat");
      } else {
        b.motherName("Zarghona").placeOfOrigin("Kandahar");
      }
      index.put(b.build());
    }
    Description sought = Description.builder("Q").givenName("Ahmad").familyName("Karimi").sex("male")
        .dateOfBirth("2012").motherName("Habiba").placeOfOrigin("Herat").build();

    List<String> compared = index.candidateIds(sought);

    assertThat(compared).hasSize(5);
    assertThat(compared.get(0)).isEqualTo("C10");
  }
}
