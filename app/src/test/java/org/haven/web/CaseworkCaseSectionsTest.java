package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.AssessmentStatus;
import org.haven.assessment.domain.Level;
import org.haven.assessment.domain.RiskLevel;
import org.haven.assessment.domain.RiskProposal;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.identity.AgencyType;
import org.haven.identity.RecordScope;
import org.haven.identity.Role;
import org.haven.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** Who gets the casework summaries of the case page, and which assessment the risk level comes from. */
class CaseworkCaseSectionsTest {
  private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");

  private static Actor actor(Role role, AgencyType type) {
    return new Actor(UUID.randomUUID(), "u", role, role.defaultScope(), UUID.randomUUID(), type, Set.of());
  }

  private static CaseworkCaseSections.Summary summary(java.util.function.BiFunction<Actor,
      org.haven.cases.domain.ChildCase, Object> read) {
    return new CaseworkCaseSections.Summary("plan", 80, "cases/sections/casework",
        a -> a.role().allows(Action.CASEWORK_MANAGE), read);
  }

  @Test
  void onlyThoseWhoWorkTheCaseAndNeverEnforcementGetTheSummary() {
    CaseworkCaseSections.Summary plan = summary((a, c) -> "plan");
    assertThat(plan.shownTo(actor(Role.CASEWORKER, AgencyType.NGO))).isTrue();
    assertThat(plan.shownTo(actor(Role.SUPERVISOR, AgencyType.NGO))).isTrue();
    assertThat(plan.shownTo(actor(Role.AGENCY_ADMIN, AgencyType.NGO))).isFalse();
    assertThat(plan.shownTo(actor(Role.SERVICE_PROVIDER, AgencyType.NGO))).isFalse();
    assertThat(plan.shownTo(actor(Role.SYSTEM_ADMIN, AgencyType.GOVERNMENT_IMMIGRATION_ENFORCEMENT))).isFalse();
  }

  @Test
  void aUseCaseThatRefusesLeavesTheSectionOutInsteadOfFailingThePage() {
    ExtendedModelMap model = new ExtendedModelMap();
    summary((a, c) -> {
      throw new ForbiddenException("record outside the actor's locations");
    }).contribute(actor(Role.CASEWORKER, AgencyType.NGO), null, model);
    assertThat(model).doesNotContainKey("planSummary");

    summary((a, c) -> "the plan").contribute(actor(Role.CASEWORKER, AgencyType.NGO), null, model);
    assertThat(model).containsEntry("planSummary", "the plan");
  }

  private static Assessment assessment(Level level, AssessmentStatus status, RiskLevel proposed, RiskLevel override,
      Instant approvedAt) {
    return new Assessment(UUID.randomUUID(), level, UUID.randomUUID(), null, null, status,
        new RiskProposal(proposed, 0, List.of()), override, override == null ? null : "why", null, 1, List.of(),
        null, null, T0, null, T0, null, approvedAt, null);
  }

  @Test
  void theRiskComesFromTheMoreUrgentOfTheLatestApprovedIndividualAndHouseholdAssessments() {
    Assessment oldIndividual = assessment(Level.INDIVIDUAL, AssessmentStatus.APPROVED, RiskLevel.HIGH, null, T0);
    Assessment newIndividual = assessment(Level.INDIVIDUAL, AssessmentStatus.APPROVED, RiskLevel.HIGH,
        RiskLevel.LOW, T0.plusSeconds(60));
    Assessment household = assessment(Level.HOUSEHOLD, AssessmentStatus.APPROVED, RiskLevel.MEDIUM, null,
        T0.plusSeconds(30));
    Assessment draft = assessment(Level.INDIVIDUAL, AssessmentStatus.DRAFT, RiskLevel.HIGH, null, null);

    assertThat(CaseworkCaseSections.basisOfRisk(List.of(draft, newIndividual, household, oldIndividual)))
        .as("the newer individual assessment was overridden to low; the household's medium is more urgent")
        .isEqualTo(household);
    assertThat(CaseworkCaseSections.basisOfRisk(List.of(draft))).as("a draft counts for nothing").isNull();
  }
}
