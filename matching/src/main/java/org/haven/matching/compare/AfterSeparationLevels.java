package org.haven.matching.compare;

/**
 * Levels of one description's separation date against the day the other description was taken, where only
 * one of them records a separation ({@link Comparer#recordedSinceSeparation}). A separated child is
 * registered after it was separated, and a family asks for it after that day too; a description taken well
 * before the other's separation is of another child.
 */
public final class AfterSeparationLevels {
  /** Taken within a year after the separation (or up to a season before it, as accounts of its day vary). */
  public static final int WITHIN_A_YEAR = 0;
  public static final int WITHIN_TWO_YEARS = 1;
  /** Taken more than two years after the separation. */
  public static final int LATER = 2;
  /** Taken more than a season before the separation. */
  public static final int BEFORE = 3;

  private AfterSeparationLevels() {}
}
