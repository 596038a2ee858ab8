package org.haven.matching.compare;

/**
 * Agreement levels of two separation dates ({@link Comparer#separation}). A family remembers the day it was
 * separated, or the month, or the season; two accounts of one separation differ by weeks more often than by
 * days, and rarely by more than a quarter of a year.
 */
public final class SeparationLevels {
  /** Both dates to the day, and the same day. */
  public static final int SAME_DAY = 0;
  /** Within a month, beyond what the precision of each date explains. */
  public static final int WITHIN_A_MONTH = 1;
  /** Within two months: one account a few weeks later than the other. */
  public static final int WITHIN_TWO_MONTHS = 2;
  /** Within three months: a season remembered, or a month counted from a date recalled later. */
  public static final int WITHIN_THREE_MONTHS = 3;
  public static final int WITHIN_A_YEAR = 4;
  public static final int APART = 5;

  private SeparationLevels() {}
}
