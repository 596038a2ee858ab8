package org.haven.matching.compare;

/**
 * Agreement levels of two birth dates ({@link Comparer#birth}), from the same day down to dates apart, as far
 * as the precision of each date allows.
 */
public final class BirthLevels {
  public static final int SAME_DAY = 0;
  /** One side known only to the month, the other falling in that month. */
  public static final int SAME_MONTH = 1;
  /**
   * One keying slip (a part mistyped, day and month swapped, a year counted back from an age), or within the
   * imprecision of a year or an age.
   */
  public static final int ONE_SLIP = 2;
  public static final int WITHIN_A_YEAR = 3;
  public static final int WITHIN_TWO_AND_A_HALF_YEARS = 4;
  public static final int APART = 5;

  private BirthLevels() {}
}
