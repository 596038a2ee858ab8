package org.haven.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.normalize.NameDictionary;
import org.haven.matching.normalize.Token;
import org.haven.matching.normalize.TokenTable;
import org.junit.jupiter.api.Test;

class TermStatsTest {
  private final TokenTable table = new TokenTable(new NameDictionary());
  private final TermStats stats = new TermStats();

  /**
   * 20,000 Ukrainian name parts of which one in four is Oleksandr, and 2,000 Rohingya ones of which one in
   * four is Hasina: among all records Hasina is rarer than the average agreeing name, among the Rohingya it
   * is the commonest.
   */
  private void index() {
    for (int i = 0; i < 20_000; i++) {
      stats.add(i % 4 == 0 ? table.intern("oleksandr") : table.intern("ukr" + i), "UKR");
    }
    for (int i = 0; i < 2_000; i++) {
      stats.add(i % 4 == 0 ? table.intern("hasina") : table.intern("roh" + i), "MMR");
    }
  }

  @Test
  void aNameCommonAmongOnePeopleIsWeakEvidenceBetweenTwoOfItsRecords() {
    index();
    Token hasina = table.intern("hasina");

    assertThat(stats.adjustment(hasina)).isPositive();
    assertThat(stats.adjustment(hasina, "MMR")).isNegative();
  }

  @Test
  void aCommunityWithFewRecordsOrNoneRecordedIsWeighedByAllRecords() {
    index();
    for (int i = 0; i < 10; i++) {
      stats.add(table.intern("hasina"), "BGD");
    }
    Token hasina = table.intern("hasina");

    assertThat(stats.adjustment(hasina, "BGD")).isEqualTo(stats.adjustment(hasina));
    assertThat(stats.adjustment(hasina, null)).isEqualTo(stats.adjustment(hasina));
  }

  @Test
  void removedRecordsNoLongerCount() {
    index();
    Token hasina = table.intern("hasina");
    double common = stats.adjustment(hasina, "MMR");
    for (int i = 0; i < 500; i++) {
      stats.remove(hasina, "MMR");
    }

    // No Hasina is left among the Rohingya: agreeing on it is agreeing on a name as rare as any other there.
    assertThat(common).isNegative();
    assertThat(stats.adjustment(hasina, "MMR")).isZero();
  }

  @Test
  void theMothersNameIsWeighedAmongHerPeopleAndTheChildsOwnNameAmongAll() {
    index();
    Model model = Model.defaults(100_000);
    Comparison c = new Comparison();
    Arrays.fill(c.level, Comparison.MISSING);
    c.level[Field.MOTHER_NAME.ordinal()] = 0;
    c.agreeing[Field.MOTHER_NAME.ordinal()] = table.intern("hasina");
    c.level[Field.GIVEN_NAME.ordinal()] = 0;
    c.agreeing[Field.GIVEN_NAME.ordinal()] = table.intern("hasina");

    c.community = null;
    double mother = model.fieldBits(c, Field.MOTHER_NAME.ordinal(), stats);
    double given = model.fieldBits(c, Field.GIVEN_NAME.ordinal(), stats);
    c.community = "MMR";

    assertThat(model.fieldBits(c, Field.MOTHER_NAME.ordinal(), stats)).isLessThan(mother - 3);
    assertThat(model.fieldBits(c, Field.GIVEN_NAME.ordinal(), stats)).isEqualTo(given);
  }
}
