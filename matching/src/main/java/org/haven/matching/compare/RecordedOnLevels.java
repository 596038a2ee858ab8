package org.haven.matching.compare;

/**
 * Levels of the days two descriptions were taken, where neither records a separation date
 * ({@link Comparer#recordedApart}). Both accounts of a separated child follow its separation: the child is
 * registered, and its family asks for it, in the months after, so the same child's two descriptions are
 * rarely taken years apart, where random pairs of a few years' records often are.
 */
public final class RecordedOnLevels {
  public static final int WITHIN_HALF_A_YEAR = 0;
  public static final int WITHIN_A_YEAR = 1;
  public static final int WITHIN_TWO_YEARS = 2;
  public static final int APART = 3;

  private RecordedOnLevels() {}
}
