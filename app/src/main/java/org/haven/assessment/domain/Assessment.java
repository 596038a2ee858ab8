package org.haven.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One vulnerability assessment: of a child's case ({@code caseId}, individual or household level), of an
 * area ({@code locationId}, community level) or of a country ({@code country}, structural level). Its risk
 * level is the proposal unless a supervisor overrode it.
 */
public record Assessment(UUID id, Level level, UUID caseId, UUID locationId, String country,
    AssessmentStatus status, RiskProposal proposal, RiskLevel overrideRisk, String overrideReason, UUID overriddenBy,
    long version, List<Finding> findings, String notes, UUID agencyId, Instant createdAt, UUID createdBy,
    Instant updatedAt, UUID updatedBy, Instant approvedAt, UUID approvedBy) {

  public Assessment {
    findings = List.copyOf(findings);
  }

  public RiskLevel effectiveRisk() {
    return overrideRisk != null ? overrideRisk : proposal.level();
  }

  public Assessment withContent(List<Finding> newFindings, String newNotes, RiskProposal newProposal, UUID by,
      Instant at) {
    return new Assessment(id, level, caseId, locationId, country, status, newProposal, overrideRisk, overrideReason,
        overriddenBy, version + 1, newFindings, newNotes, agencyId, createdAt, createdBy, at, by, approvedAt,
        approvedBy);
  }

  public Assessment withStatus(AssessmentStatus newStatus, UUID by, Instant at) {
    boolean approving = newStatus == AssessmentStatus.APPROVED;
    return new Assessment(id, level, caseId, locationId, country, newStatus, proposal, overrideRisk, overrideReason,
        overriddenBy, version + 1, findings, notes, agencyId, createdAt, createdBy, at, by,
        approving ? at : approvedAt, approving ? by : approvedBy);
  }

  public Assessment withOverride(RiskLevel risk, String reason, UUID by, Instant at) {
    return new Assessment(id, level, caseId, locationId, country, status, proposal, risk, reason, by, version + 1,
        findings, notes, agencyId, createdAt, createdBy, at, by, approvedAt, approvedBy);
  }
}
