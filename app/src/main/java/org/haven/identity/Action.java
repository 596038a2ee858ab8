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
  AGGREGATE_READ,
  /** Export case-level data (encrypted, audited per case): more than reading, since it leaves the system. */
  CASE_EXPORT,
  /** Rebuild the reporting read model from the cases and tracing records. */
  REPORT_REBUILD;

  /** Actions on an individual child's record: never open to immigration enforcement. */
  public boolean touchesIndividualRecords() {
    return this == CASE_CREATE || this == CASE_READ || this == CASE_UPDATE || this == CASE_DELETE
        || this == CASE_EXPORT || this == TRACING_MANAGE
        || this == MATCH_DECIDE || this == AUDIT_READ;
  }
}
