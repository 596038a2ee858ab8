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
   * Two dates to the day, one keying slip apart (a part mistyped, day and month swapped, a year counted back
   * from an age).
   */
  public static final int ONE_SLIP = 2;
  /**
   * Within the imprecision of a year, a month or an age. Chance agrees here far more often than with two
   * dates to the day one slip apart (a child born in a given year against one born on a given day), so the
   * two are weighed apart.
   */
  public static final int WITHIN_PRECISION = 3;
  public static final int WITHIN_A_YEAR = 4;
  public static final int WITHIN_TWO_AND_A_HALF_YEARS = 5;
  /**
   * As {@link #WITHIN_A_YEAR} and {@link #WITHIN_TWO_AND_A_HALF_YEARS}, where one side is an age. An age is
   * guessed, often by whoever registers the child, where a date is stated or copied from a document: the same
   * child's age misses the other side's date by a year or two far more often than a year or a date does.
   * Counted on the truth files of both generators, the same child's pairs a year or two beyond their precision
   * were 28-34% of those with an age, 8-12% of those with a year and at most 6% of those with a month or a day.
   */
  public static final int AGE_WITHIN_A_YEAR = 6;
  public static final int AGE_WITHIN_TWO_AND_A_HALF_YEARS = 7;
  public static final int APART = 8;

  private BirthLevels() {}
}
