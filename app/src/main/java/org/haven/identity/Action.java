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
  AGGREGATE_READ,
  /** Record and submit vulnerability assessments and trafficking screenings of a child's case. */
  ASSESSMENT_MANAGE,
  /** Replace the risk level Haven proposes with another, giving a reason. */
  RISK_OVERRIDE,
  /** Case plan, services, referrals, follow-ups, case conferences and tasks of a child's case. */
  CASEWORK_MANAGE,
  /** Accept, reject or complete a referral received by the actor's agency. */
  REFERRAL_RESPOND,
  /** Refer a case although its consent does not cover it, giving a reason. */
  REFERRAL_CONSENT_OVERRIDE,
  /** Hand a case over to another caseworker or agency. */
  CASE_TRANSFER,
  /** Approve or reject what the deployment submits for approval (assessments, case plans, closures). */
  APPROVE,
  /** Ask for a case to be closed or reopened. */
  CASE_CLOSE,
  /** Export case-level data (encrypted, audited per case): more than reading, since it leaves the system. */
  CASE_EXPORT,
  /** Rebuild the reporting read model from the cases and tracing records. */
  REPORT_REBUILD;

  /** Actions on an individual child's record: never open to immigration enforcement. */
  public boolean touchesIndividualRecords() {
    return this == CASE_CREATE || this == CASE_READ || this == CASE_UPDATE || this == CASE_DELETE
        || this == CASE_EXPORT || this == TRACING_MANAGE
        || this == MATCH_DECIDE || this == AUDIT_READ
        || this == BIA_MANAGE || this == BID_MANAGE || this == BID_PANEL_VOTE || this == DURABLE_SOLUTION_MANAGE
        || this == ASSESSMENT_MANAGE || this == RISK_OVERRIDE || this == CASEWORK_MANAGE || this == REFERRAL_RESPOND
        || this == REFERRAL_CONSENT_OVERRIDE || this == CASE_TRANSFER || this == APPROVE || this == CASE_CLOSE;
  }
}
