package org.haven.reporting.tables;

/**
 * The fact rows a table counts: which table of the read model, the day column the period filters on, and
 * whether the child's consent to anonymous reporting is recorded there.
 */
public enum Source {
  CASES("report_case_facts", "registered_day", null, true),
  CONCERNS("report_case_concerns", "registered_day", null, true),
  TRACING_REQUESTS("report_tracing_requests", "filed_day", null, false),
  MATCHES("report_tracing_matches", "found_day", null, false),
  CONFIRMED_MATCHES("report_tracing_matches", "confirmed_day", "status = 'confirmed'", false);

  final String table;
  final String dayColumn;
  final String condition;
  final boolean hasConsent;

  Source(String table, String dayColumn, String condition, boolean hasConsent) {
    this.table = table;
    this.dayColumn = dayColumn;
    this.condition = condition;
    this.hasConsent = hasConsent;
  }

  /** What the period selects, in words: documented per source. */
  public String periodMeaning() {
    return switch (this) {
      case CASES, CONCERNS -> "cases registered in the period";
      case TRACING_REQUESTS -> "tracing requests filed in the period";
      case MATCHES -> "potential matches found in the period";
      case CONFIRMED_MATCHES -> "matches confirmed in the period";
    };
  }
}
