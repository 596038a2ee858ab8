package org.haven.cases;

import java.util.UUID;

/** Facts about cases other modules react to (re-matching, tasks, reporting). They carry ids only. */
public final class CaseEvents {
  private CaseEvents() {}

  public record CaseRegistered(UUID caseId) {}

  public record CaseUpdated(UUID caseId, long version) {}

  public record CaseDeleted(UUID caseId) {}

  /** The case has a new owner (and perhaps agency). */
  public record CaseTransferred(UUID caseId, UUID fromOwnerId, UUID toOwnerId, UUID toAgencyId) {}

  /** The case was closed after its closure was approved. */
  public record CaseClosed(UUID caseId) {}

  public record CaseReopened(UUID caseId) {}

  /** A batch of cases was imported in one transaction (bulk import publishes this, not CaseRegistered). */
  public record CasesImported(java.util.List<UUID> caseIds) {}

  /** The in-memory index of cases is built; matching that waited for it can run now. */
  public record MatchIndexReady(int cases) {}
}
