package org.haven.assessment.domain;

/** The codes of the {@code risk_level} lookup, from the most urgent. */
public enum RiskLevel {
  HIGH, MEDIUM, LOW;

  public String code() {
    return name().toLowerCase();
  }

  public static RiskLevel fromCode(String code) {
    for (RiskLevel level : values()) {
      if (level.code().equals(code)) {
        return level;
      }
    }
    throw new IllegalArgumentException("must be high, medium or low");
  }

  /** The more urgent of the two; null counts as no level at all. */
  public static RiskLevel higher(RiskLevel a, RiskLevel b) {
    if (a == null) {
      return b;
    }
    return b == null || a.ordinal() <= b.ordinal() ? a : b;
  }
}
