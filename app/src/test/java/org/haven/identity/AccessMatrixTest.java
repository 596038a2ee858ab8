package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every role × action × scope × kind of record, for every agency type, against a table written out here
 * independently of {@link Role}: a permission added or dropped by accident shows as a difference.
 */
class AccessMatrixTest {
  private static final Map<Role, Set<Action>> GRANTED = Map.of(
      Role.SYSTEM_ADMIN, EnumSet.allOf(Action.class),
      Role.AGENCY_ADMIN, EnumSet.of(Action.CASE_READ, Action.USER_MANAGE, Action.AUDIT_READ, Action.AGGREGATE_READ),
      Role.SUPERVISOR, EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE, Action.CASE_DELETE,
          Action.AUDIT_READ, Action.TRACING_MANAGE, Action.MATCH_DECIDE, Action.AGGREGATE_READ,
          Action.ASSESSMENT_MANAGE, Action.RISK_OVERRIDE, Action.CASEWORK_MANAGE, Action.REFERRAL_RESPOND,
          Action.REFERRAL_CONSENT_OVERRIDE, Action.CASE_TRANSFER, Action.APPROVE, Action.CASE_CLOSE,
          Action.BIA_MANAGE, Action.BID_MANAGE, Action.BID_PANEL_VOTE, Action.DURABLE_SOLUTION_MANAGE,
          Action.CASE_EXPORT),
      Role.CASEWORKER, EnumSet.of(Action.CASE_CREATE, Action.CASE_READ, Action.CASE_UPDATE, Action.TRACING_MANAGE,
          Action.MATCH_DECIDE, Action.AGGREGATE_READ, Action.ASSESSMENT_MANAGE, Action.CASEWORK_MANAGE,
          Action.REFERRAL_RESPOND, Action.CASE_CLOSE, Action.BIA_MANAGE, Action.BID_PANEL_VOTE,
          Action.DURABLE_SOLUTION_MANAGE),
      Role.SERVICE_PROVIDER, EnumSet.of(Action.CASE_READ, Action.REFERRAL_RESPOND),
      Role.ANALYST, EnumSet.of(Action.AGGREGATE_READ));

  /** How a record relates to the actor. */
  enum Record { OWNED, SAME_AGENCY_IN_LOCATION, SAME_AGENCY_ELSEWHERE, OTHER_AGENCY_IN_LOCATION,
    OTHER_AGENCY_ELSEWHERE }

  private final AccessPolicy policy = new AccessPolicy();
  private final UUID agency = UUID.randomUUID();
  private final UUID district = UUID.randomUUID();

  @Test
  void everyRoleActionScopeAndRecordGetsExactlyItsRight() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (AgencyType type : AgencyType.values()) {
      for (Role role : Role.values()) {
        for (RecordScope scope : RecordScope.values()) {
          if (!role.allowsScope(scope)) {
            continue;
          }
          Actor actor = new Actor(UUID.randomUUID(), "u", role, scope, agency, type, Set.of(district));
          for (Action action : Action.values()) {
            boolean granted = !type.isEnforcement() ? GRANTED.get(role).contains(action)
                : action == Action.AGGREGATE_READ && GRANTED.get(role).contains(action);
            checked += compare(mismatches, role + "/" + scope + "/" + type + " " + action,
                granted, policy.decide(actor, action).allowed());
            for (Record record : Record.values()) {
              boolean expected = granted && !type.isEnforcement() && reaches(scope, record);
              checked += compare(mismatches, role + "/" + scope + "/" + type + " " + action + " on " + record,
                  expected, policy.decide(actor, action, facts(actor, record)).allowed());
            }
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).as("every combination was checked").isGreaterThan(1000);
  }

  @Test
  void theTableCoversEveryRoleAndTheRolesGrantNothingBeyondIt() {
    assertThat(GRANTED.keySet()).containsExactlyInAnyOrder(Role.values());
    for (Role role : Role.values()) {
      for (Action action : Action.values()) {
        assertThat(role.allows(action)).as("%s %s", role, action).isEqualTo(GRANTED.get(role).contains(action));
      }
    }
  }

  @Test
  void everyActionOnAChildsRecordIsKnownAsSuch() {
    for (Action action : Action.values()) {
      boolean aboutOneChild = !EnumSet.of(Action.AGENCY_MANAGE, Action.USER_MANAGE, Action.LOCATION_MANAGE,
          Action.FORM_MANAGE, Action.AGGREGATE_READ, Action.REPORT_REBUILD).contains(action);
      assertThat(action.touchesIndividualRecords()).as("%s", action).isEqualTo(aboutOneChild);
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

  @Test
  void aReferralNeverOpensARecordToImmigrationEnforcement() {
    for (Role role : Role.values()) {
      Actor enforcement = new Actor(UUID.randomUUID(), "u", role, RecordScope.ALL, agency,
          AgencyType.GOVERNMENT_IMMIGRATION_ENFORCEMENT, Set.of());
      RecordFacts shared = new RecordFacts(enforcement.userId(), agency, List.of()).sharedWith(Set.of(agency));
      for (Action action : Action.values()) {
        assertThat(policy.decide(enforcement, action, shared).allowed()).as("%s %s", role, action).isFalse();
      }
    }
  }

  private static boolean reaches(RecordScope scope, Record record) {
    return switch (scope) {
      case ALL -> true;
      case AGENCY -> record == Record.OWNED || record == Record.SAME_AGENCY_IN_LOCATION
          || record == Record.SAME_AGENCY_ELSEWHERE;
      case LOCATION -> record == Record.OWNED || record == Record.SAME_AGENCY_IN_LOCATION
          || record == Record.OTHER_AGENCY_IN_LOCATION;
      case OWN -> record == Record.OWNED;
      case NONE -> false;
    };
  }

  private RecordFacts facts(Actor actor, Record record) {
    UUID elsewhere = UUID.randomUUID();
    return switch (record) {
      case OWNED -> new RecordFacts(actor.userId(), agency, List.of(elsewhere));
      case SAME_AGENCY_IN_LOCATION -> new RecordFacts(UUID.randomUUID(), agency, List.of(UUID.randomUUID(), district));
      case SAME_AGENCY_ELSEWHERE -> new RecordFacts(UUID.randomUUID(), agency, List.of(elsewhere));
      case OTHER_AGENCY_IN_LOCATION -> new RecordFacts(UUID.randomUUID(), UUID.randomUUID(), List.of(district));
      case OTHER_AGENCY_ELSEWHERE -> new RecordFacts(UUID.randomUUID(), UUID.randomUUID(), List.of(elsewhere));
    };
  }

  private static int compare(List<String> mismatches, String what, boolean expected, boolean actual) {
    if (expected != actual) {
      mismatches.add(what + ": expected " + (expected ? "allowed" : "denied"));
    }
    return 1;
  }
}
