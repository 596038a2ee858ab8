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
  CONFIRMED_MATCHES("report_tracing_matches", "confirmed_day", "status = 'confirmed'", false),
  SCREENING_FLAGS("report_case_items", "at_day", "kind = 'screening_flag'", true),
  SERVICES("report_case_items", "at_day", "kind = 'service'", true),
  REFERRALS("report_case_items", "at_day", "kind = 'referral'", true),
  DURABLE_SOLUTIONS("report_case_items", "at_day", "kind = 'durable_solution'", true),
  BIDS_DECIDED("report_case_items", "at_day", "kind = 'bid_decided'", true),
  REUNIFICATIONS("report_case_items", "at_day", "kind = 'reunification'", true),
  /**
   * Tasks due before the day the table is as of and still open at the end of it: overdue depends on that
   * day, so due days are stored and overdue is worked out here, never stored.
   */
  OVERDUE_TASKS("report_case_items", "at_day",
      "kind = 'task' and at_day < {asOf} and start_day <= {asOf} and (end_day is null or end_day > {asOf})", true);

  /** Where a condition needs the day the table is as of (an epoch day, written in by {@link #conditionAsOf}). */
  static final String AS_OF = "{asOf}";

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

  /** The condition on fact rows for a table as of {@code day}; null when every row of the table counts. */
  String conditionAsOf(int day) {
    return condition == null ? null : condition.replace(AS_OF, Integer.toString(day));
  }

  /** What the period selects, in words: documented per source. */
  public String periodMeaning() {
    return switch (this) {
      case CASES, CONCERNS -> "cases registered in the period";
      case TRACING_REQUESTS -> "tracing requests filed in the period";
      case MATCHES -> "potential matches found in the period";
      case CONFIRMED_MATCHES -> "matches confirmed in the period";
      case SCREENING_FLAGS -> "screenings that raised a flag in the period";
      case SERVICES -> "services recorded in the period";
      case REFERRALS -> "referrals made in the period";
      case DURABLE_SOLUTIONS -> "durable solutions identified in the period";
      case BIDS_DECIDED -> "best-interests determinations decided in the period";
      case REUNIFICATIONS -> "children reunified in the period";
      case OVERDUE_TASKS -> "tasks due in the period and still open, overdue, at its end";
    };
  }
}
