package org.haven.identity;

/** What a user can ask to do. Record-level actions are further limited by the user's record scope. */
public enum Action {
  CASE_CREATE,
  CASE_READ,
  CASE_UPDATE,
  CASE_DELETE,
  TRACING_MANAGE,
  MATCH_DECIDE,
  AUDIT_READ,
  AGENCY_MANAGE,
  USER_MANAGE,
  LOCATION_MANAGE,
  FORM_MANAGE,
  /** Write and submit best-interests assessments, draft BID reports, record communication to the child. */
  BIA_MANAGE,
  /** Approve or return BIAs; open a BID, review its report, convene its panel, reopen it (supervisors). */
  BID_MANAGE,
  /** Vote on a BID panel; allowed only to the members of that BID's panel. */
  BID_PANEL_VOTE,
  /** Plan durable solutions and move them through their steps. */
  DURABLE_SOLUTION_MANAGE,
  AGGREGATE_READ;

  /** Actions on an individual child's record: never open to immigration enforcement. */
  public boolean touchesIndividualRecords() {
    return this == CASE_CREATE || this == CASE_READ || this == CASE_UPDATE || this == CASE_DELETE
        || this == TRACING_MANAGE
        || this == MATCH_DECIDE || this == AUDIT_READ
        || this == BIA_MANAGE || this == BID_MANAGE || this == BID_PANEL_VOTE || this == DURABLE_SOLUTION_MANAGE;
  }
}
