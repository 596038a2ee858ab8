package org.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {
  private final AccessPolicy policy = new AccessPolicy();
  private final UUID agency = UUID.randomUUID();
  private final UUID district = UUID.randomUUID();
  private final UUID region = UUID.randomUUID();

  private Actor actor(Role role, RecordScope scope, AgencyType type, Set<UUID> locations) {
    return new Actor(UUID.randomUUID(), "u", role, scope, agency, type, locations);
  }

  private RecordFacts recordOf(UUID owner, UUID recordAgency) {
    return new RecordFacts(owner, recordAgency, List.of(district, region));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void theFirewallLeavesEnforcementOnlyAggregatesWhateverTheRole(Role role) {
    Actor enforcement = actor(role, RecordScope.ALL, AgencyType.GOVERNMENT_IMMIGRATION_ENFORCEMENT, Set.of());
    for (Action action : Action.values()) {
      boolean allowed = policy.decide(enforcement, action).allowed();
      assertThat(allowed).as("%s %s", role, action)
          .isEqualTo(action == Action.AGGREGATE_READ && role.allows(Action.AGGREGATE_READ));
    }
    assertThat(policy.decide(enforcement, Action.CASE_READ, recordOf(enforcement.userId(), agency)).allowed())
        .as("not even their own record").isFalse();
  }

  @Test
  void ownScopeReachesOnlyOwnRecords() {
    Actor caseworker = actor(Role.CASEWORKER, RecordScope.OWN, AgencyType.NGO, Set.of());
    assertThat(policy.decide(caseworker, Action.CASE_READ, recordOf(caseworker.userId(), agency)).allowed()).isTrue();
    assertThat(policy.decide(caseworker, Action.CASE_READ, recordOf(UUID.randomUUID(), agency)).allowed()).isFalse();
  }

  @Test
  void agencyScopeStopsAtTheAgency() {
    Actor supervisor = actor(Role.SUPERVISOR, RecordScope.AGENCY, AgencyType.NGO, Set.of());
    assertThat(policy.decide(supervisor, Action.CASE_UPDATE, recordOf(UUID.randomUUID(), agency)).allowed()).isTrue();
    assertThat(policy.decide(supervisor, Action.CASE_UPDATE, recordOf(UUID.randomUUID(), UUID.randomUUID()))
        .allowed()).isFalse();
  }

  @Test
  void locationScopeReachesTheWholeSubtree() {
    Actor regional = actor(Role.SUPERVISOR, RecordScope.LOCATION, AgencyType.GOVERNMENT_CHILD_PROTECTION,
        Set.of(region));
    Actor elsewhere = actor(Role.SUPERVISOR, RecordScope.LOCATION, AgencyType.NGO, Set.of(UUID.randomUUID()));
    RecordFacts record = recordOf(UUID.randomUUID(), UUID.randomUUID());
    assertThat(policy.decide(regional, Action.CASE_READ, record).allowed()).isTrue();
    assertThat(policy.decide(elsewhere, Action.CASE_READ, record).allowed()).isFalse();
    assertThat(policy.decide(regional, Action.CASE_READ, new RecordFacts(UUID.randomUUID(), agency, List.of()))
        .allowed()).as("a record without a location").isFalse();
  }

  @Test
  void rolesWithoutThePermissionAreRefusedWhateverTheScope() {
    Actor analyst = actor(Role.ANALYST, RecordScope.NONE, AgencyType.NGO, Set.of());
    assertThat(policy.decide(analyst, Action.CASE_READ, recordOf(analyst.userId(), agency)).allowed()).isFalse();
    assertThat(policy.decide(analyst, Action.AGGREGATE_READ).allowed()).isTrue();
    Actor provider = actor(Role.SERVICE_PROVIDER, RecordScope.OWN, AgencyType.NGO, Set.of());
    assertThat(policy.decide(provider, Action.CASE_UPDATE, recordOf(provider.userId(), agency)).allowed()).isFalse();
    assertThat(policy.decide(provider, Action.CASE_READ, recordOf(provider.userId(), agency)).allowed()).isTrue();
  }

  @Test
  void refusalsNameTheRuleNotTheRecord() {
    Actor caseworker = actor(Role.CASEWORKER, RecordScope.OWN, AgencyType.NGO, Set.of());
    AccessDecision decision = policy.decide(caseworker, Action.AUDIT_READ);
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.reason()).contains("caseworker");
  }
}
