package org.haven.reporting.disclosure;

import java.util.Set;

/**
 * The statistical disclosure control every aggregate goes through, whoever asks for it: counts from 1 to
 * {@code threshold} − 1 are suppressed (0 as well with {@code suppressZeros}), then complementary cells until
 * none of the suppressed ones can be worked out from the rest of the table; the published counts are then
 * rounded as {@code rounding} says; {@code sensitiveCategories} (codes of protection concerns and separation
 * causes) are never shown for a place below {@code sensitiveFinestAdminLevel}.
 */
public record DisclosureRule(int threshold, boolean suppressZeros, Rounding rounding, int roundingBase,
    Set<String> sensitiveCategories, int sensitiveFinestAdminLevel, String roundingSalt) {

  public DisclosureRule {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold must be at least 1");
    }
    sensitiveCategories = Set.copyOf(sensitiveCategories);
    roundingSalt = roundingSalt == null ? "" : roundingSalt;
  }

  public boolean isSensitive(String category) {
    return category != null && sensitiveCategories.contains(category);
  }

  /** The rule in words, as stamped on every output. */
  public String statement() {
    StringBuilder s = new StringBuilder();
    s.append("Counts from 1 to ").append(threshold - 1).append(" are suppressed");
    if (suppressZeros) {
      s.append(", and zeros");
    }
    s.append("; further cells are suppressed so that no suppressed count can be derived from the published cells"
        + " and totals; suppressed cells are shown as *.");
    switch (rounding) {
      case NONE -> s.append(" Published counts are not rounded.");
      case FIXED -> s.append(" Published counts are rounded to the nearest multiple of ").append(roundingBase)
          .append("; totals are rounded separately.");
      case RANDOM -> s.append(" Published counts are randomly rounded to a multiple of ").append(roundingBase)
          .append(" (unbiased, the same on every request); totals are rounded separately.");
    }
    s.append(" Sensitive categories (").append(String.join(", ", sensitiveCategories.stream().sorted().toList()))
        .append(") are not shown below admin level ").append(sensitiveFinestAdminLevel).append('.');
    return s.toString();
  }
}
