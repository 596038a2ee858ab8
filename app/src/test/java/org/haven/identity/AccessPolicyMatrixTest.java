package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every role × action × scope × kind of record, against a table written out by hand: which actions each
 * role has, and which records each scope reaches. The firewall and referral sharing are checked on top.
 */
class AccessPolicyMatrixTest {
  private static final Map<Role, Set<Action>> ALLOWED = new EnumMap<>(Role.class);

  static {
    ALLOWED.put(Role.SYSTEM_ADMIN, EnumSet.allOf(Action.class));
    ALLOWED.put(Role.AGENCY_ADMIN, EnumSet.of(Action.CASE_READ, Action.USER_MANAGE, Action.AUDIT_READ,
        Action.AGGREGATE_READ));
    ALLOWED.put(Role.SUPERVISOR, EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE,
        Action.CASE_DELETE, Action.AUDIT_READ, Action.TRACING_MANAGE, Action.MATCH_DECIDE, Action.AGGREGATE_READ,
        Action.ASSESSMENT_MANAGE, Action.RISK_OVERRIDE, Action.CASEWORK_MANAGE, Action.REFERRAL_RESPOND,
        Action.REFERRAL_CONSENT_OVERRIDE, Action.CASE_TRANSFER, Action.APPROVE, Action.CASE_CLOSE));
    ALLOWED.put(Role.CASEWORKER, EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE,
        Action.TRACING_MANAGE, Action.MATCH_DECIDE, Action.AGGREGATE_READ, Action.ASSESSMENT_MANAGE,
        Action.CASEWORK_MANAGE, Action.REFERRAL_RESPOND, Action.CASE_CLOSE));
    ALLOWED.put(Role.SERVICE_PROVIDER, EnumSet.of(Action.CASE_READ, Action.REFERRAL_RESPOND));
    ALLOWED.put(Role.ANALYST, EnumSet.of(Action.AGGREGATE_READ));
  }

  /** The kinds of record an actor meets, relative to themselves. */
  enum Record { OWN, SAME_AGENCY_ELSEWHERE, OTHER_AGENCY_IN_MY_LOCATION, OTHER_AGENCY_ELSEWHERE }

  private static boolean scopeReaches(RecordScope scope, Record record) {
    return switch (scope) {
      case ALL -> true;
      case AGENCY -> record == Record.OWN || record == Record.SAME_AGENCY_ELSEWHERE;
      case LOCATION -> record == Record.OWN || record == Record.OTHER_AGENCY_IN_MY_LOCATION;
      case OWN -> record == Record.OWN;
      case NONE -> false;
    };
  }

  private final AccessPolicy policy = new AccessPolicy();
  private final UUID agency = UUID.randomUUID();
  private final UUID myDistrict = UUID.randomUUID();

  @Test
  void everyRoleActionScopeAndRecordAsTheTableSays() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Role role : Role.values()) {
      for (RecordScope scope : RecordScope.values()) {
        if (!role.allowsScope(scope)) {
          continue;
        }
        Actor actor = new Actor(UUID.randomUUID(), "u", role, scope, agency, AgencyType.NGO, Set.of(myDistrict));
        for (Action action : Action.values()) {
          boolean general = ALLOWED.get(role).contains(action);
          if (policy.decide(actor, action).allowed() != general) {
            mismatches.add(role + " " + action);
          }
          for (Record record : Record.values()) {
            boolean expected = general && scopeReaches(scope, record);
            if (policy.decide(actor, action, facts(actor, record)).allowed() != expected) {
              mismatches.add(role + " scope " + scope + " " + action + " on " + record + ": expected " + expected);
            }
            checked++;
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).as("every combination a role can have").isGreaterThan(400);
  }

  @Test
  void immigrationEnforcementGetsNoCaseworkWhateverItsRoleAndScope() {
    for (Role role : Role.values()) {
      Actor enforcement = new Actor(UUID.randomUUID(), "u", role, RecordScope.ALL, agency,
          AgencyType.GOVERNMENT_IMMIGRATION_ENFORCEMENT, Set.of());
      for (Action action : Action.values()) {
        if (action == Action.AGGREGATE_READ) {
          continue;
        }
        RecordFacts shared = facts(enforcement, Record.OWN).sharedWith(Set.of(agency));
        assertThat(policy.decide(enforcement, action, shared).allowed()).as("%s %s", role, action).isFalse();
      }
    }
  }

  @Test
  void everyCaseworkActionCountsAsTouchingAChildsRecord() {
    for (Action action : EnumSet.of(Action.ASSESSMENT_MANAGE, Action.RISK_OVERRIDE, Action.CASEWORK_MANAGE,
        Action.REFERRAL_RESPOND, Action.REFERRAL_CONSENT_OVERRIDE, Action.CASE_TRANSFER, Action.APPROVE,
        Action.CASE_CLOSE)) {
      assertThat(action.touchesIndividualRecords()).as("%s", action).isTrue();
    }
  }

  @Test
  void anActiveReferralLetsTheRecipientAgencyReadAndNothingMore() {
    UUID recipientAgency = UUID.randomUUID();
    RecordFacts referred = new RecordFacts(UUID.randomUUID(), agency, List.of()).sharedWith(Set.of(recipientAgency));
    Actor provider = new Actor(UUID.randomUUID(), "p", Role.SERVICE_PROVIDER, RecordScope.OWN, recipientAgency,
        AgencyType.NGO, Set.of());
    Actor analyst = new Actor(UUID.randomUUID(), "a", Role.ANALYST, RecordScope.NONE, recipientAgency,
        AgencyType.NGO, Set.of());
    Actor elsewhere = new Actor(UUID.randomUUID(), "o", Role.SERVICE_PROVIDER, RecordScope.OWN, UUID.randomUUID(),
        AgencyType.NGO, Set.of());
    assertThat(policy.decide(provider, Action.CASE_READ, referred).allowed()).isTrue();
    assertThat(policy.decide(provider, Action.CASE_READ, referred).reason()).contains("referral");
    assertThat(policy.decide(provider, Action.CASE_UPDATE, referred).allowed()).isFalse();
    assertThat(policy.decide(provider, Action.CASE_READ, new RecordFacts(referred.ownerId(), agency, List.of()))
        .allowed()).as("not once the referral ends").isFalse();
    assertThat(policy.decide(analyst, Action.CASE_READ, referred).allowed()).isFalse();
    assertThat(policy.decide(elsewhere, Action.CASE_READ, referred).allowed()).isFalse();
  }

  private RecordFacts facts(Actor actor, Record record) {
    return switch (record) {
      case OWN -> new RecordFacts(actor.userId(), agency, List.of(myDistrict));
      case SAME_AGENCY_ELSEWHERE -> new RecordFacts(UUID.randomUUID(), agency, List.of(UUID.randomUUID()));
      case OTHER_AGENCY_IN_MY_LOCATION -> new RecordFacts(UUID.randomUUID(), UUID.randomUUID(),
          List.of(UUID.randomUUID(), myDistrict));
      case OTHER_AGENCY_ELSEWHERE -> new RecordFacts(UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()));
    };
  }
}
