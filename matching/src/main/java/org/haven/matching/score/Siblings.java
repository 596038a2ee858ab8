package org.haven.matching.score;

import org.haven.matching.compare.Field;

/**
 * How the person fields of two brothers or sisters compare, and how many siblings a description has for
 * each registration of its own child. Brothers and sisters share family name, parents, places and
 * separation; they differ by given name, birth date and sex, and not always: twins share a birth date.
 *
 * @param given level distribution of the given name between siblings
 * @param birth level distribution of the birth date between siblings
 * @param ratio registrations of a brother or sister that look like the family, per registration of the child
 */
public record Siblings(double[] given, double[] birth, double ratio) {
  /**
   * Not estimated from the data: a family's pairs cannot be told from the same child's without the very fields in
   * question, and measured on candidate pairs of strong family likeness the figures were those of unrelated families
   * with a common name (a twin rate of 0.2%, four "siblings" per match), which made the ranking worse. A sibling's
   * given name is rarely a variant of the child's, and more rarely a spelling one slip from it (a close spelling, which
   * two names the knowledge holds never are: Amir and Amin are two names): among registrations of one family name and
   * both parents' first names that were not one child, 0.4% of given names on the independent set and 0.7% on ours were
   * that close, against 10% of the same child's registrations in such families. At 1% instead of 0.5%, recall of
   * matches was up to 0.002 lower. One sibling pair in thirty is born the same day, a generous figure (about 3% of
   * children are twins); the others a year or more apart, rarely within a month that one record gives without the day.
   * Two sibling registrations for every five of the child's is an effective figure, not a census one: a sibling
   * separated on another day or elsewhere disagrees on the separation fields, so fewer siblings look like the child
   * than exist, and the more so as those fields are compared more finely (separation dates weeks apart, place names
   * word by word). With it, pairs given 0.95-0.98 were right 97-98% of the time and pairs given 0.98-0.99 99% on the
   * independent sets, 94-97% and 96-98% on our own hardest (docs/benchmarks.md); at one for every two, recall of
   * matches was up to 0.014 lower (0.008 on i5), and at one for every three precision on ours fell to 0.981. Two dates
   * to the day one slip apart are rare between siblings (0.01: born months apart at the least); a year or an age takes
   * in a sibling born the same year or so (0.13), and a sibling's age as often misses the other date by a year or two
   * as a year does. At 0.05 for the year, recall on i5 rose from 0.869 to 0.874, but precision on our hardest fell to
   * 0.979.
   */
  public static final Siblings DEFAULTS = new Siblings(new double[] {0.02, 0.02, 0.005, 0.03, 0.925},
      new double[] {0.03, 0.01, 0.01, 0.13, 0.12, 0.16, 0.04, 0.05, 0.45}, 0.4);

  public Siblings {
    if (given.length != Field.GIVEN_NAME.levels() || birth.length != Field.DATE_OF_BIRTH.levels()) {
      throw new IllegalArgumentException("one probability per level of the given name and the birth date");
    }
    if (!(ratio > 0)) {
      throw new IllegalArgumentException("ratio must be positive");
    }
    given = given.clone();
    birth = birth.clone();
  }

  /** A copy: {@link #DEFAULTS} is shared by every model. */
  @Override
  public double[] given() {
    return given.clone();
  }

  /** A copy: {@link #DEFAULTS} is shared by every model. */
  @Override
  public double[] birth() {
    return birth.clone();
  }
}
