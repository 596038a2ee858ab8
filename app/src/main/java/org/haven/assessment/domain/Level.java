package org.haven.assessment.domain;

/** The four levels of the DoMV model; the first two are about a child's case, the others give context. */
public enum Level {
  INDIVIDUAL, HOUSEHOLD, COMMUNITY, STRUCTURAL;

  public boolean ofCase() {
    return this == INDIVIDUAL || this == HOUSEHOLD;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static Level fromCode(String code) {
    for (Level level : values()) {
      if (level.code().equals(code)) {
        return level;
      }
    }
    throw new IllegalArgumentException("must be individual, household, community or structural");
  }
}
