package org.haven.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.haven.matching.compare.BirthLevels;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.compare.NameLevels;
import org.haven.matching.compare.ParentLevels;
import org.junit.jupiter.api.Test;

class ModelTest {
  private final Model model = Model.defaults(100_000);

  /** Everything a family shares agrees: family name, nationality, origin, parents, separation. */
  private static Comparison sameFamily(int given, int birth) {
    Comparison c = new Comparison();
    Arrays.fill(c.level, 0);
    c.level[Field.GIVEN_NAME.ordinal()] = given;
    c.level[Field.DATE_OF_BIRTH.ordinal()] = birth;
    return c;
  }

  /** The same model without brothers and sisters: only children of other families compete. */
  private final Model strangersOnly = new Model(model.m(), model.uSameNationality(), model.uSameNationality(),
      model.priorBits(), new Siblings(Siblings.DEFAULTS.given(), Siblings.DEFAULTS.birth(), 1e-9), 0.96, 0.001);

  private double probability(Comparison c) {
    return Model.probability(model.bits(c, null));
  }

  @Test
  void aTwinIsNotTheChildThoughTheFamilyAndTheBirthDateAgree() {
    // Same family, same full birth date, another given name: a twin brother or sister about as often as
    // the child under another name. Against strangers alone the pair is a match; a person must look.
    Comparison twin = sameFamily(4, 0);
    assertThat(Model.probability(strangersOnly.bits(twin, null))).isGreaterThan(0.99);
    assertThat(probability(twin)).isLessThan(0.9);
    assertThat(model.explain(twin, null)).contains(" sibling:-");
  }

  @Test
  void aPairWhoseGivenNamesDisagreeIsAtMostACaseForReview() {
    assertThat(model.decide(0.999, true)).isEqualTo(org.haven.matching.Decision.REVIEW);
    assertThat(model.decide(0.999, false)).isEqualTo(org.haven.matching.Decision.MATCH);
    assertThat(model.decide(0.0001, true)).isEqualTo(org.haven.matching.Decision.DIFFERENT);
  }

  @Test
  void theChildItselfStaysCertainWhenItsOwnFieldsAgree() {
    assertThat(probability(sameFamily(0, 0))).isGreaterThan(0.99);
  }

  @Test
  void aSiblingBornYearsApartWithAnotherNameIsUnlikely() {
    assertThat(probability(sameFamily(NameLevels.DIFFERENT, BirthLevels.APART))).isLessThan(0.01);
  }

  @Test
  void aGrandfathersNameAgreeingAddsWhatTheFathersFullNameAddsToItsFirstName() {
    // The father's first name is the family name and counts there; his father's name is evidence of its own.
    Comparison c = new Comparison();
    Arrays.fill(c.level, Comparison.MISSING);
    c.level[Field.GIVEN_NAME.ordinal()] = 0;
    c.level[Field.FAMILY_NAME.ordinal()] = 0;
    double without = model.bits(c, null);
    c.grandfatherAgrees = true;
    int father = Field.FATHER_NAME.ordinal();
    double[] m = model.m()[father];
    double[] u = model.uSameNationality()[father];
    double expected = Math.log(m[ParentLevels.FULL_NAME] / u[ParentLevels.FULL_NAME] * u[ParentLevels.FIRST_NAME]
        / m[ParentLevels.FIRST_NAME]) / Math.log(2);
    assertThat(model.fieldBits(c, father, null)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.bits(c, null)).isGreaterThan(without);
    assertThat(model.explain(c, null)).contains("father_name:+");
  }

  @Test
  void withoutFamilyFieldsStrangersDecideAsBefore() {
    // Only person fields present: a sibling cannot be told from a stranger, and the sibling hypothesis
    // must not turn an excellent pair into a doubtful one.
    Comparison c = new Comparison();
    Arrays.fill(c.level, Comparison.MISSING);
    c.level[Field.GIVEN_NAME.ordinal()] = 0;
    c.level[Field.DATE_OF_BIRTH.ordinal()] = 0;
    c.level[Field.SEX.ordinal()] = 0;
    assertThat(probability(c)).isCloseTo(Model.probability(strangersOnly.bits(c, null)),
        org.assertj.core.data.Offset.offset(0.02));
  }
}
