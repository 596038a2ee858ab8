package org.haven.matching.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.function.ToIntBiFunction;
import org.haven.matching.Description;
import org.haven.matching.Knowledge;
import org.haven.matching.model.Place;
import org.haven.matching.model.Profile;
import org.haven.matching.model.ProfileFactory;
import org.haven.matching.normalize.FuzzyDate;
import org.haven.matching.normalize.TokenTable;
import org.junit.jupiter.api.Test;

class ComparerTest {
  private final Knowledge knowledge = Knowledge.defaults();
  private final ProfileFactory profiles =
      new ProfileFactory(knowledge.parser(), knowledge.places(), new TokenTable(knowledge.names()));
  private final Comparer comparer = new Comparer();

  private Comparison compare(Description a, Description b) {
    Comparison c = new Comparison();
    comparer.compare(profiles.profile(a), profiles.profile(b), c);
    return c;
  }

  /** Two descriptions that record only a given name each. */
  private Comparison givenNames(String a, String b) {
    return compare(Description.builder("a").givenName(a).build(), Description.builder("b").givenName(b).build());
  }

  private static int level(Comparison c, Field f) {
    return c.level[f.ordinal()];
  }

  @Test
  void jaroWinklerMatchesTextbookValues() {
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, offset(0.001));
    assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, offset(0.001));
    assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, offset(0.001));
    assertThat(JaroWinkler.similarity("abc", "abc")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
  }

  @Test
  void transliterationsAgreeAsVariants() {
    Comparison c = compare(Description.builder("a").givenName("محمد").familyName("الحسن").build(),
        Description.builder("b").givenName("Mohammed").familyName("Al-Hassan").build());
    assertThat(level(c, Field.GIVEN_NAME)).isLessThanOrEqualTo(NameLevels.VARIANT);
    assertThat(level(c, Field.FAMILY_NAME)).isLessThanOrEqualTo(NameLevels.VARIANT);
  }

  @Test
  void ukrainianNamesAgreeWithTheirRussianForms() {
    // Registered in Russian-speaking offices or from Russian-language papers: Ukrainian H is Russian G.
    for (String[] pair : new String[][] {{"Yehor", "Egor"}, {"Heorhii", "Georgiy"}, {"Marharyta", "Margarita"},
        {"Hlib", "Глеб"}, {"Nadiia", "Nadezhda"}}) {
      Comparison c = givenNames(pair[0], pair[1]);
      assertThat(level(c, Field.GIVEN_NAME)).as("%s / %s", pair[0], pair[1]).isEqualTo(NameLevels.VARIANT);
    }
  }

  @Test
  void swappedGivenAndFamilyNamesStillAgree() {
    Comparison c = compare(Description.builder("a").givenName("Yonas").familyName("Tesfaye").build(),
        Description.builder("b").givenName("Tesfaye").familyName("Yonas").build());
    assertThat(level(c, Field.GIVEN_NAME)).isEqualTo(NameLevels.EXACT);
    assertThat(level(c, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
    assertThat(c.swapped).isTrue();
  }

  @Test
  void givenNamesAgreeThroughAFirstNameNotThroughTheFathersName() {
    Comparison brothers = compare(Description.builder("a").givenName("Hussein Abdullah").familyName("Bileh").build(),
        Description.builder("b").givenName("Akhmed Abdullah").familyName("Bileh").build());
    assertThat(level(brothers, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    Comparison dropped = givenNames("Mohammed Salim", "Salim");
    assertThat(level(dropped, Field.GIVEN_NAME)).isEqualTo(NameLevels.EXACT);
  }

  @Test
  void oneNamePartNeverCountsTwice() {
    Comparison c = compare(Description.builder("a").givenName("Yohannes").familyName("Kawe").build(),
        Description.builder("b").givenName("Bermi").familyName("Yohannes").build());
    assertThat(level(c, Field.GIVEN_NAME) == NameLevels.EXACT && level(c, Field.FAMILY_NAME) == NameLevels.EXACT)
        .isFalse();
  }

  @Test
  void patronymicRecordedAsFamilyNameMeetsTheFathersName() {
    Comparison c = compare(Description.builder("a").givenName("Hodan").familyName("Abdi").build(),
        Description.builder("b").givenName("Hodan").fatherName("Abdi Farah").build());
    assertThat(level(c, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
  }

  @Test
  void droppedFamilyNameIsMissingNotDisagreement() {
    Comparison c = compare(Description.builder("a").givenName("Hodan").build(),
        Description.builder("b").givenName("Hodan").familyName("Warsame").build());
    assertThat(level(c, Field.FAMILY_NAME)).isLessThan(0);
  }

  @Test
  void aFamilyNameNotFoundOnASideThatRecordsNoneIsUnknownNotDifferent() {
    Comparison fathersFirstName = compare(Description.builder("a").givenName("Farzana").fatherName("Fareed").build(),
        Description.builder("b").givenName("Farzana").familyName("Ahmadzay").build());
    Comparison bothRecorded = compare(Description.builder("a").givenName("Farzana").familyName("Fareed").build(),
        Description.builder("b").givenName("Farzana").familyName("Ahmadzay").build());
    Comparison found = compare(Description.builder("a").givenName("Hodan").otherNames("Warsame").build(),
        Description.builder("b").givenName("Hodan").familyName("Warsame").build());

    assertThat(level(fathersFirstName, Field.FAMILY_NAME)).isEqualTo(Comparison.MISSING);
    assertThat(level(bothRecorded, Field.FAMILY_NAME)).isEqualTo(NameLevels.DIFFERENT);
    assertThat(level(found, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
  }

  @Test
  void theFathersSurnameIsTheChildsFamilyName() {
    Comparison fathersNameAsFamily = compare(
        Description.builder("a").givenName("Wail").familyName("Mohammed").fatherName("Mohammed Qasim").build(),
        Description.builder("b").givenName("Wael").familyName("Qassem").build());
    Comparison noFamily = compare(Description.builder("a").givenName("Tarek").fatherName("Abdullah Al-Yamawi").build(),
        Description.builder("b").givenName("Tarek").familyName("Al-Yamawi").build());

    assertThat(level(fathersNameAsFamily, Field.FAMILY_NAME)).isLessThanOrEqualTo(NameLevels.VARIANT);
    assertThat(level(noFamily, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
  }

  @Test
  void aChildKnownByTwoNamesAgreesWhichEverIsRecordedFirst() {
    Comparison twoNames = compare(Description.builder("a").givenName("Gawel").familyName("Majok").otherNames("Samuel")
        .build(), Description.builder("b").givenName("Samuel").familyName("Majook").otherNames("Bodit; Gawel").build());
    // A grandfather's name among the other names, and the brother named after him.
    Comparison brothers = compare(Description.builder("a").givenName("Bile").familyName("Osman").otherNames("Hussein")
        .build(), Description.builder("b").givenName("Hussein").familyName("Osman").otherNames("Hussein").build());

    assertThat(level(twoNames, Field.GIVEN_NAME)).isEqualTo(NameLevels.VARIANT);
    assertThat(level(brothers, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
  }

  @Test
  void aNameOnlyOneRecordKnowsAsTheChildsOtherNameLeavesTheGivenNameUnknown() {
    Comparison baptismalAndTraditional = compare(
        Description.builder("a").givenName("Anna").familyName("Richuei").fatherName("Richuei Garang").build(),
        Description.builder("b").givenName("Nyandeeng").familyName("Richuei").otherNames("Anna").build());
    // The other name is the family's: the grandfather's, on the father's side of the given name's record.
    Comparison grandfather = compare(
        Description.builder("a").givenName("Hussein").familyName("Osman").fatherName("Osman Hussein").build(),
        Description.builder("b").givenName("Bile").familyName("Osman").otherNames("Hussein").build());
    Comparison grandfatherOnTheOtherSide = compare(Description.builder("a").givenName("Hussein").familyName("Osman")
        .build(), Description.builder("b").givenName("Bile").familyName("Osman").otherNames("Hussein")
        .fatherName("Osman Hussein").build());
    Comparison stranger = compare(Description.builder("a").givenName("John").familyName("Bodit").build(),
        Description.builder("b").givenName("Kudeng").familyName("Bodit").otherNames("Malual").build());

    assertThat(level(baptismalAndTraditional, Field.GIVEN_NAME)).isEqualTo(Comparison.MISSING);
    assertThat(level(grandfather, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    assertThat(level(grandfatherOnTheOtherSide, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    assertThat(level(stranger, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
  }

  @Test
  void aLoneNameThatIsTheOtherRecordsFamilyNameLeavesTheGivenNameUnknown() {
    Comparison lone = compare(Description.builder("a").givenName("Ngolenga").build(),
        Description.builder("b").givenName("Furaha").familyName("Ngolenga").build());
    // With a family name of its own (found among the other's names), the record's given name is its given name.
    Comparison twoNames = compare(Description.builder("a").givenName("Ngolenga").familyName("Kabila").build(),
        Description.builder("b").givenName("Furaha").familyName("Ngolenga").otherNames("Kabila").build());
    Comparison otherName = compare(Description.builder("a").givenName("Esther").build(),
        Description.builder("b").givenName("Furaha").familyName("Ngolenga").build());

    assertThat(level(lone, Field.GIVEN_NAME)).isEqualTo(Comparison.MISSING);
    assertThat(level(lone, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
    assertThat(level(twoNames, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    assertThat(level(otherName, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
  }

  @Test
  void spellingsThatDifferOnlyByTransliterationConventionsAreVariants() {
    for (String[] pair : new String[][] {{"al-Hamvi", "AL-HAMWI"}, {"Hadad", "Haddad"}, {"Bakour", "Bakkur"},
        {"Sedeeqah", "Sediqa"}}) {
      Comparison c = compare(Description.builder("a").givenName("Ahmed").familyName(pair[0]).build(),
          Description.builder("b").givenName("Ahmed").familyName(pair[1]).build());
      assertThat(level(c, Field.FAMILY_NAME)).as("%s / %s", pair[0], pair[1]).isEqualTo(NameLevels.VARIANT);
    }
    Comparison otherVowel = givenNames("Mona", "Muna");
    assertThat(level(otherVowel, Field.GIVEN_NAME)).isGreaterThan(NameLevels.VARIANT);
  }

  @Test
  void aShortNameInArabicScriptAgreesWithItsLatinSpellingThoughTheKnowledgeLacksIt() {
    // Arabic script writes the long vowels only, so two consonants are all رنا says, as in a vowelless spelling
    for (String[] pair : new String[][] {{"رنا", "Rana"}, {"بيان", "Bayan"}, {"جنى", "Jana"}, {"غنى", "Ghina"}}) {
      assertThat(level(givenNames(pair[0], pair[1]), Field.GIVEN_NAME)).as("%s / %s", pair[0], pair[1])
          .isEqualTo(NameLevels.VARIANT);
    }
    // the same letters typed in Latin still have their vowels written: other vowels, another name
    assertThat(level(givenNames("Rna", "Rana"), Field.GIVEN_NAME)).isGreaterThan(NameLevels.VARIANT);
  }

  @Test
  void feminineFormIsNotTheSameName() {
    Comparison c = givenNames("Fernanda", "Fernando");
    assertThat(level(c, Field.GIVEN_NAME)).isGreaterThan(NameLevels.VARIANT);
  }

  @Test
  void aSurnameRecordedAmongTheGivenNamesIsNoSwap() {
    Comparison c = compare(Description.builder("a").givenName("Paula").familyName("Morales").build(),
        Description.builder("b").givenName("Paola Morales").familyName("Garcia").build());
    assertThat(c.swapped).isFalse();
    assertThat(level(c, Field.GIVEN_NAME)).isEqualTo(NameLevels.CLOSE);
    assertThat(level(c, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
  }

  @Test
  void aCompoundWrittenAsOneWordOrTwoAgrees() {
    Comparison given = compare(Description.builder("a").givenName("Gebremichael").familyName("Samuel").build(),
        Description.builder("b").givenName("Gebre Michael").familyName("Mehari").build());
    assertThat(level(given, Field.GIVEN_NAME)).isEqualTo(NameLevels.VARIANT);
    Comparison family = compare(Description.builder("a").givenName("Hamid").familyName("Ahmad Shah").build(),
        Description.builder("b").givenName("Hamid").familyName("Ahmadshah").build());
    assertThat(level(family, Field.FAMILY_NAME)).isEqualTo(NameLevels.VARIANT);
    Comparison parts = givenNames("Gul Agha", "Gulagha");
    assertThat(level(parts, Field.GIVEN_NAME)).isEqualTo(NameLevels.VARIANT);
    Comparison somali = compare(Description.builder("a").givenName("Maxamed").familyName("Cabdiwali").build(),
        Description.builder("b").givenName("Mohamad").familyName("Abdi Weli").build());
    assertThat(level(somali, Field.FAMILY_NAME)).isEqualTo(NameLevels.VARIANT);
    Comparison others = givenNames("Gebre Yohannes", "Gebremichael");
    assertThat(level(others, Field.GIVEN_NAME)).isGreaterThan(NameLevels.VARIANT);
  }

  @Test
  void aLetterMistypedInAShortNameIsStillSimilarAndInALongerOneClose() {
    Comparison slip = givenNames("Ali", "Aki");
    Comparison twoLetters = givenNames("Ali", "Aqo");
    Comparison slipInALongerName = givenNames("Niuri", "Niori");

    assertThat(level(slip, Field.GIVEN_NAME)).isEqualTo(NameLevels.SIMILAR);
    assertThat(level(twoLetters, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    assertThat(level(slipInALongerName, Field.GIVEN_NAME)).isEqualTo(NameLevels.CLOSE);
  }

  @Test
  void aPatronymicStandsForTheFatherWhereNoneIsRecorded() {
    Description vasylivna = Description.builder("a").givenName("Oksana").familyName("Tkachenko")
        .otherNames("Vasylivna").build();
    Description yevhenivna = Description.builder("b").givenName("oksana").familyName("tkachenko")
        .otherNames("Yevhenivna").build();
    Description withFather = Description.builder("c").givenName("Oksana").familyName("Tkachenko")
        .fatherName("Vasyl Tkachenko").build();
    Description germanSpelling = Description.builder("d").givenName("Oksana Wassyliwna").familyName("Tkatschenko")
        .build();

    assertThat(level(compare(vasylivna, yevhenivna), Field.FATHER_NAME)).isEqualTo(ParentLevels.DIFFERENT);
    assertThat(level(compare(vasylivna, withFather), Field.FATHER_NAME)).isEqualTo(ParentLevels.FIRST_NAME);
    assertThat(level(compare(germanSpelling, withFather), Field.FATHER_NAME)).isEqualTo(ParentLevels.FIRST_NAME);
    // A father's name recorded is the father's name; a family name ending like a patronymic is not one.
    Description petrovych = Description.builder("e").givenName("Ivan").familyName("Petrovych").build();
    assertThat(level(compare(petrovych, withFather), Field.FATHER_NAME)).isLessThan(0);
  }

  @Test
  void aGrandfathersNameStillCountsWhereTheFathersFirstNameIsTheFamilyName() {
    // Eritrean naming: the child's second name is the father's first, the father's second his father's.
    Description yonas = Description.builder("a").givenName("Yonas").familyName("Hasfay")
        .fatherName("Hasfay Mesfay").build();
    Description sameGrandfather = Description.builder("b").givenName("Yonas").familyName("Hasfay")
        .fatherName("hasfay masfay").build();
    Description otherGrandfather = Description.builder("c").givenName("Yonas").familyName("Hasfay")
        .fatherName("Hasfay Tekle").build();
    Description fatherOnly = Description.builder("d").givenName("Yonas").familyName("Hasfay")
        .fatherName("Hasfay").build();

    Comparison same = compare(yonas, sameGrandfather);
    assertThat(level(same, Field.FATHER_NAME)).isEqualTo(Comparison.MISSING);
    assertThat(same.grandfatherAgrees).isTrue();
    assertThat(compare(yonas, otherGrandfather).grandfatherAgrees).isFalse();
    assertThat(compare(yonas, fatherOnly).grandfatherAgrees).isFalse();
    assertThat(level(compare(yonas, fatherOnly), Field.FATHER_NAME)).isEqualTo(Comparison.MISSING);
  }

  @Test
  void aParentsFullNameAgreesAboveTheFirstNameAloneUnlessTheFurtherPartIsTheChildsFamilyName() {
    Description hala = Description.builder("a").givenName("Rami").familyName("Al-Yalil")
        .motherName("Hala Al-Mamawi").fatherName("Bilal Al-Yalil").build();
    Description sameParents = Description.builder("b").givenName("Rami").familyName("Al-Yalil")
        .motherName("Hala Al-Mamawi").fatherName("Bilal Al-Yalil").build();
    Description firstNamesOnly = Description.builder("c").givenName("Rami").familyName("Al-Yalil")
        .motherName("Hala").fatherName("Bilal").build();
    Description namesakes = Description.builder("d").givenName("Rami").familyName("Al-Yalil")
        .motherName("Hala Al-Sabbagh").fatherName("Bilal Haddad").build();

    Comparison same = compare(hala, sameParents);
    // The father's family name is the child's and counts once, in the family name field.
    assertThat(level(same, Field.MOTHER_NAME)).isEqualTo(ParentLevels.FULL_NAME);
    assertThat(level(same, Field.FATHER_NAME)).isEqualTo(ParentLevels.FIRST_NAME);
    assertThat(level(compare(hala, firstNamesOnly), Field.MOTHER_NAME)).isEqualTo(ParentLevels.FIRST_NAME);
    assertThat(level(compare(hala, namesakes), Field.MOTHER_NAME)).isEqualTo(ParentLevels.ALIKE);
    assertThat(level(compare(hala, namesakes), Field.FATHER_NAME)).isEqualTo(ParentLevels.ALIKE);
  }

  @Test
  void datesCompareWithTheirPrecision() {
    Object[][] cases = {
        {"2014-03-09", "2014-03-09", BirthLevels.SAME_DAY},
        // a 1 January stands for the year: any day of it agrees, as far as a year can
        {"2014-01-01", "2014-06-30", BirthLevels.WITHIN_PRECISION},
        {"2014", "2014-11-20", BirthLevels.WITHIN_PRECISION},
        {"2014", "2015-02-01", BirthLevels.WITHIN_A_YEAR},
        {"2014-03-09", "2019-03-09", BirthLevels.APART},
        // one keying error in a full date still agrees; two full dates weeks apart are two children
        {"2014-03-09", "2014-03-19", BirthLevels.ONE_SLIP},
        {"2014-03-09", "2014-09-03", BirthLevels.ONE_SLIP},
        {"2014-03-09", "2014-04-21", BirthLevels.APART},
        // a month without its day: the same month is far more than the same year, the next month is not
        {"2014-03-09", "2014-03", BirthLevels.SAME_MONTH},
        {"2014-03", "2014-03", BirthLevels.SAME_MONTH},
        {"2014-03-09", "2014-04", BirthLevels.WITHIN_PRECISION},
        {"2014-01-01", "2014-01", BirthLevels.WITHIN_PRECISION},
        // a birth year counted back from an age keeps the day and month
        {"2014-03-09", "2015-03-09", BirthLevels.ONE_SLIP},
        {"2014-03-09", "2015-03-10", BirthLevels.APART},
    };
    assertDateLevels(cases, Comparer::birth);
    assertThat(Comparer.birth(null, d("2019-03-09"))).isEqualTo(Comparison.MISSING);
  }

  @Test
  void anAgeThatMissesADateByAYearOrTwoIsWeighedApartFromTwoDatesThatDo() {
    // Ten at the interview in June 2025: born between June 2014 and June 2015.
    FuzzyDate ten = FuzzyDate.fromAge(10, java.time.LocalDate.of(2025, 6, 1));

    assertThat(Comparer.birth(ten, d("2014-12-01"))).isEqualTo(BirthLevels.WITHIN_PRECISION);
    assertThat(Comparer.birth(ten, d("2013-11-01"))).isEqualTo(BirthLevels.AGE_WITHIN_A_YEAR);
    assertThat(Comparer.birth(d("2012-08-14"), ten)).isEqualTo(BirthLevels.AGE_WITHIN_TWO_AND_A_HALF_YEARS);
    assertThat(Comparer.birth(ten, d("2010-02-02"))).isEqualTo(BirthLevels.APART);
    // The same distances between a year and a date keep their own levels: a year, or a 1 January, is often
    // counted back from an age too, but less often off.
    assertThat(Comparer.birth(d("2014"), d("2012-08-14"))).isEqualTo(BirthLevels.WITHIN_TWO_AND_A_HALF_YEARS);
    assertThat(Comparer.birth(d("2014-01-01"), d("2012-08-14"))).isEqualTo(BirthLevels.WITHIN_TWO_AND_A_HALF_YEARS);
    // A month is remembered, not guessed: a year or more from the other date, it is another child's.
    assertThat(Comparer.birth(d("2014-03"), d("2012-08-14"))).isEqualTo(BirthLevels.APART);
    assertThat(Comparer.birth(d("2014-03"), d("2015-05"))).isEqualTo(BirthLevels.APART);
  }

  @Test
  void separationDatesWeeksApartAgreeAboveDatesMonthsApart() {
    Object[][] cases = {
        {"2022-03-14", "2022-03-14", SeparationLevels.SAME_DAY},
        {"2022-03-14", "2022-03-30", SeparationLevels.WITHIN_A_MONTH},
        // a month as written covers the whole month
        {"2022-03", "2022-04-20", SeparationLevels.WITHIN_A_MONTH},
        {"2022-03", "2022-03", SeparationLevels.WITHIN_A_MONTH},
        // one account a few weeks later than the other
        {"2020-05-16", "2020-06-21", SeparationLevels.WITHIN_TWO_MONTHS},
        {"2020-05-16", "2020-08-10", SeparationLevels.WITHIN_THREE_MONTHS},
        {"2020-05-16", "2020-11-30", SeparationLevels.WITHIN_A_YEAR},
        {"2020-05-16", "2021-08-01", SeparationLevels.APART},
    };
    assertDateLevels(cases, Comparer::separation);
    assertThat(Comparer.separation(d("2022-03-14"), null)).isEqualTo(Comparison.MISSING);
  }

  /** A description that records when it was taken and, unless null, when the child was separated. */
  private static Description taken(String id, String recordedOn, String separatedOn) {
    return Description.builder(id).recordedOn(recordedOn).separationDate(separatedOn).build();
  }

  @Test
  void aRecordTakenBeforeTheOtherRecordsSeparationIsOfAnotherChild() {
    Object[][] cases = {
        // the child registered in the months after the family's account of the separation
        {"2023-02-10", "2022-11-03", AfterSeparationLevels.WITHIN_A_YEAR},
        // a few weeks before it: accounts of the day differ by a season at most
        {"2022-10-01", "2022-11-03", AfterSeparationLevels.WITHIN_A_YEAR},
        // a month, as written, covers the whole month
        {"2022-08-05", "2022-11", AfterSeparationLevels.WITHIN_A_YEAR},
        {"2022-08-05", "2022-11-15", AfterSeparationLevels.BEFORE},
        {"2024-06-30", "2022-11-03", AfterSeparationLevels.WITHIN_TWO_YEARS},
        {"2025-01-15", "2022-11-03", AfterSeparationLevels.LATER},
        {"2022-05-20", "2022-11-03", AfterSeparationLevels.BEFORE},
    };
    for (Object[] row : cases) {
      Comparison c = compare(taken("a", (String) row[0], null), taken("b", "2024-01-01", (String) row[1]));
      assertThat(level(c, Field.RECORDED_AFTER_SEPARATION)).as("taken %s, separated %s", row[0], row[1])
          .isEqualTo(row[2]);
      assertThat(level(c, Field.RECORDED_ON)).isEqualTo(Comparison.MISSING);
    }
    // Both separation dates recorded: those are compared, and this would count the same fact again.
    Comparison both = compare(taken("a", "2022-05-20", "2021-05-01"), taken("b", "2024-01-01", "2022-11-03"));
    assertThat(level(both, Field.RECORDED_AFTER_SEPARATION)).isEqualTo(Comparison.MISSING);
    assertThat(level(both, Field.SEPARATION_DATE)).isEqualTo(SeparationLevels.APART);
  }

  @Test
  void recordsWithoutASeparationDateCompareTheDaysTheyWereTaken() {
    Object[][] cases = {
        {"2023-02-10", "2023-06-30", RecordedOnLevels.WITHIN_HALF_A_YEAR},
        {"2023-02-10", "2022-03-01", RecordedOnLevels.WITHIN_A_YEAR},
        {"2023-02-10", "2024-10-01", RecordedOnLevels.WITHIN_TWO_YEARS},
        {"2023-02-10", "2020-01-10", RecordedOnLevels.APART},
    };
    for (Object[] row : cases) {
      Comparison c = compare(taken("a", (String) row[0], null), taken("b", (String) row[1], null));
      assertThat(level(c, Field.RECORDED_ON)).as("taken %s and %s", row[0], row[1]).isEqualTo(row[2]);
      assertThat(level(c, Field.RECORDED_AFTER_SEPARATION)).isEqualTo(Comparison.MISSING);
    }
    assertThat(level(compare(taken("a", null, null), taken("b", "2023-02-10", null)), Field.RECORDED_ON))
        .isEqualTo(Comparison.MISSING);
  }

  @Test
  void ageIsComparedWithDateOfBirth() {
    Comparison c = compare(Description.builder("a").ageYears("10").recordedOn("2025-06-01").build(),
        Description.builder("b").dateOfBirth("2014-11-20").build());
    assertThat(level(c, Field.DATE_OF_BIRTH)).isEqualTo(BirthLevels.WITHIN_PRECISION);
  }

  @Test
  void aPlaceIsReadAsEachRecordWritesItWhicheverIsReadFirst() {
    // One spelling once the spaces are gone, but other words: the first read must not stand for the other.
    Place joined = profiles.profile(Description.builder("a").placeOfOrigin("Adigrat").build()).origin;
    Place apart = profiles.profile(Description.builder("b").placeOfOrigin("Adi Grat").build()).origin;
    assertThat(apart.spelling()).isSameAs(joined.spelling());
    assertThat(joined.words()).extracting(t -> t.text).containsExactly("adigrat");
    assertThat(apart.words()).extracting(t -> t.text).containsExactly("adi", "grat");
    assertThat(apart.id()).isNotEqualTo(joined.id());
  }

  @Test
  void placesMeetThroughAliasesAndSexUnknownIsMissing() {
    Comparison c = compare(Description.builder("a").placeOfOrigin("Halab").sex("unknown").build(),
        Description.builder("b").placeOfOrigin("Aleppo").sex("f").build());
    assertThat(level(c, Field.PLACE_OF_ORIGIN)).isZero();
    assertThat(level(c, Field.SEX)).isLessThan(0);
  }

  @Test
  void aNameThatAgreesOnlyAcrossTheFieldsIsTheFamilysWhicheverSideHoldsItFirst() {
    // Tshinza is the family name of the girl Benedicte; the boy's record has it first, in the given-name field.
    // Read swapped either way round, one name agrees and the other not at all: the family agrees, the given
    // names do not, and the pair is a sister and brother until a person says otherwise.
    Description boy = Description.builder("a").givenName("Tshinza").familyName("Jonathan").build();
    Description girl = Description.builder("b").givenName("Benedicte").familyName("Tshinza").build();
    for (Comparison c : new Comparison[] {compare(boy, girl), compare(girl, boy)}) {
      assertThat(level(c, Field.FAMILY_NAME)).isEqualTo(NameLevels.EXACT);
      assertThat(level(c, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
    }
  }

  @Test
  void readSwappedTheGivenNamesStillAgreeOnlyThroughAFirstName() {
    // Libaan, son of Shire, grandson of Moussa, against Moussa, son of Mohamed Shire: read swapped, Moussa
    // agrees as the family name, but the given names meet only in Shire, a later part on both sides.
    Comparison c = compare(Description.builder("a").givenName("Libaan Shire").familyName("Moussa").build(),
        Description.builder("b").givenName("Moussa").familyName("Mohamed Shire").build());
    assertThat(level(c, Field.GIVEN_NAME)).isEqualTo(NameLevels.DIFFERENT);
  }

  @Test
  void placeSpellingsOutsideTheGazetteerMeetWhenTheirWordsReadAlike() {
    // the same words in another transliteration, with or without an article or a word for the kind of place
    String[][] samePlace = {{"Nangarhar", "Ningarhar"}, {"Edlib", "Idlib"}, {"Sanliurfa", "Shanliurfa"},
        {"Tschernihiw", "Chernihiv"}, {"Kutupalong", "Kutupalang"}, {"Al-Mayadin", "Mayadin"},
        {"Yei Town", "Yei"}, {"Kakuma Camp", "Kakuma"}, {"Nyala", "Nyaala"}};
    for (String[] p : samePlace) {
      assertThat(placeLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isZero();
      assertThat(separationPlaceLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isZero();
    }
    // a word dropped or a letter mistyped, or alike only as a whole
    String[][] alike = {{"Maidan Wardak", "Wardak"}, {"Omdurman", "Umm Durman"}, {"Tal Afar", "تلعفر"},
        {"Adi Keih", "Ade Keyh"}, {"Mslakal", "Malakal"}, {"San Pedro Sula", "Sula"}};
    for (String[] p : alike) {
      assertThat(placeLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isEqualTo(1);
      assertThat(separationPlaceLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isEqualTo(1);
    }
    String[][] otherPlaces = {{"Asmara", "Izmir"}, {"Mekelle", "Mykolaiv"}, {"Keren", "Chernihiv"},
        {"Kabul", "Herat"}, {"Marka", "Merich"}, {"North Darfur", "South Darfur"}};
    for (String[] p : otherPlaces) {
      assertThat(placeLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isEqualTo(2);
    }
  }

  @Test
  void theShippedKnowledgeNamesTransitPointsAsTheirPeopleDo() {
    String[][] samePlace = {{"Lesvos", "Mytilene"}, {"Moria", "Lesbos"}, {"Dunkirk", "Grande-Synthe"},
        {"Evros", "Meriç"}, {"Tarabulus", "Tripoli"}, {"Doolow", "Dolo Ado"}, {"Перемишль", "Przemyśl"},
        {"Metema", "Gallabat"}};
    for (String[] p : samePlace) {
      assertThat(separationPlaceLevel(p[0], p[1])).as(p[0] + " and " + p[1]).isZero();
    }
    assertThat(separationPlaceLevel("Lesbos", "Evros")).isEqualTo(2);
  }

  @Test
  void aPlaceAndThePlaceItLiesWithinAreSimilarOnceTheHierarchyIsKnown() {
    assertThat(placeLevel("Juticalpa", "Olancho")).as("without a hierarchy").isEqualTo(2);
    var places = knowledge.places();
    places.addPlace(java.util.List.of("Olancho", "Departamento de Olancho"));
    places.addPlace(java.util.List.of("Juticalpa"));
    places.addPlace(java.util.List.of("Catacamas"));
    places.addWithin("Juticalpa", "Olancho");
    places.addWithin("Catacamas", "Departamento de Olancho");
    assertThat(placeLevel("Juticalpa", "Olancho")).isEqualTo(1);
    assertThat(placeLevel("Departamento de Olancho", "Catacamas")).isEqualTo(1);
    assertThat(separationPlaceLevel("Juticalpa", "Olancho")).isEqualTo(1);
    assertThat(placeLevel("Juticalpa", "Catacamas")).as("two towns of one department").isEqualTo(2);
    assertThat(placeLevel("Olancho", "Departamento de Olancho")).isZero();
  }

  private int placeLevel(String a, String b) {
    return level(compare(Description.builder("a").placeOfOrigin(a).build(),
        Description.builder("b").placeOfOrigin(b).build()), Field.PLACE_OF_ORIGIN);
  }

  private int separationPlaceLevel(String a, String b) {
    return level(compare(Description.builder("a").separationPlace(a).build(),
        Description.builder("b").separationPlace(b).build()), Field.SEPARATION_PLACE);
  }

  /** Each case: two dates as written and the level they must compare at. */
  private static void assertDateLevels(Object[][] cases, ToIntBiFunction<FuzzyDate, FuzzyDate> levelOf) {
    for (Object[] c : cases) {
      assertThat(levelOf.applyAsInt(d((String) c[0]), d((String) c[1]))).as("%s / %s", c[0], c[1])
          .isEqualTo(c[2]);
    }
  }

  private static FuzzyDate d(String s) {
    return FuzzyDate.parse(s);
  }
}
