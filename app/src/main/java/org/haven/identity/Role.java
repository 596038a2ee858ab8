package org.haven.identity;

import java.util.EnumSet;
import java.util.Set;

/** A user's role. Each role allows a set of actions and a range of record scopes, the first the default. */
public enum Role {
  SYSTEM_ADMIN(EnumSet.allOf(Action.class), RecordScope.ALL),
  AGENCY_ADMIN(EnumSet.of(Action.CASE_READ, Action.USER_MANAGE, Action.AUDIT_READ, Action.AGGREGATE_READ),
      RecordScope.AGENCY),
  SUPERVISOR(EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE, Action.CASE_DELETE, Action.AUDIT_READ,
      Action.TRACING_MANAGE, Action.MATCH_DECIDE, Action.AGGREGATE_READ, Action.ASSESSMENT_MANAGE,
      Action.RISK_OVERRIDE, Action.CASEWORK_MANAGE, Action.REFERRAL_RESPOND, Action.REFERRAL_CONSENT_OVERRIDE,
      Action.CASE_TRANSFER, Action.APPROVE, Action.CASE_CLOSE, Action.BIA_MANAGE, Action.BID_MANAGE,
      Action.BID_PANEL_VOTE, Action.DURABLE_SOLUTION_MANAGE, Action.CASE_EXPORT),
      RecordScope.AGENCY, RecordScope.LOCATION, RecordScope.ALL),
  CASEWORKER(EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE, Action.TRACING_MANAGE,
      Action.MATCH_DECIDE, Action.AGGREGATE_READ, Action.ASSESSMENT_MANAGE, Action.CASEWORK_MANAGE,
      Action.REFERRAL_RESPOND, Action.CASE_CLOSE, Action.BIA_MANAGE, Action.BID_PANEL_VOTE,
      Action.DURABLE_SOLUTION_MANAGE),
      RecordScope.OWN, RecordScope.LOCATION, RecordScope.AGENCY),
  SERVICE_PROVIDER(EnumSet.of(Action.CASE_READ, Action.REFERRAL_RESPOND), RecordScope.OWN),
  ANALYST(EnumSet.of(Action.AGGREGATE_READ), RecordScope.NONE);

  private final Set<Action> actions;
  private final RecordScope[] scopes;

  Role(Set<Action> actions, RecordScope... scopes) {
    this.actions = actions;
    this.scopes = scopes;
  }

  public boolean allows(Action action) {
    return actions.contains(action);
  }

  public RecordScope defaultScope() {
    return scopes[0];
  }

  public boolean allowsScope(RecordScope scope) {
    for (RecordScope s : scopes) {
      if (s == scope) {
        return true;
      }
    }
    return false;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static Role fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role " + code);
  }
}
