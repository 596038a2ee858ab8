package org.haven.matching;

/** What a scored pair means for the people who act on it. */
public enum Decision {
  /** Safe to treat as the same child. */
  MATCH,
  /** A person should look. */
  REVIEW,
  /** Judged to be different children; never written out. */
  DIFFERENT;

  /** The spelling used in output files: {@code match}, {@code review}, {@code different}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
