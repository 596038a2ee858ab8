package org.haven.reporting.facts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.haven.cases.CaseEvents;
import org.haven.cases.CaseStatistics;
import org.haven.tracing.TracingEvents;
import org.haven.tracing.TracingFacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporting read model current from the events of the cases and tracing modules. The listeners
 * run synchronously, inside the transaction that changed the case or the request, so a statistic never
 * counts a change that was rolled back nor misses one that was committed.
 */
@Component
class FactProjection {
  private final CaseStatistics cases;
  private final TracingFacts tracing;
  private final FactRows rows;
  private final CaseItemRows items;

  FactProjection(CaseStatistics cases, TracingFacts tracing, FactRows rows, CaseItemRows items) {
    this.items = items;
    this.cases = cases;
    this.tracing = tracing;
    this.rows = rows;
  }

  @EventListener
  void on(CaseEvents.CaseRegistered registered) {
    refreshCase(registered.caseId());
  }

  @EventListener
  void on(CaseEvents.CaseUpdated updated) {
    refreshCase(updated.caseId());
  }

  @EventListener
  void on(CaseEvents.CaseClosed closed) {
    refreshCase(closed.caseId());
  }

  @EventListener
  void on(CaseEvents.CaseReopened reopened) {
    refreshCase(reopened.caseId());
  }

  @EventListener
  void on(CaseEvents.CaseDeleted deleted) {
    rows.deleteCase(deleted.caseId());
    items.deleteCase(deleted.caseId());
  }

  @EventListener
  void on(CaseEvents.CasesImported imported) {
    rows.putCases(cases.ofAll(imported.caseIds()), FactProjection::closedAsRecorded);
  }

  @EventListener
  void on(TracingEvents.TracingRequestFiled filed) {
    refreshRequest(filed.requestId());
  }

  @EventListener
  void on(TracingEvents.TracingRequestUpdated updated) {
    refreshRequest(updated.requestId());
  }

  @EventListener
  void on(TracingEvents.MatchesChanged changed) {
    refreshRequest(changed.requestId());
  }

  /** A reunification moves its tracing request to reunified. */
  @EventListener
  void on(TracingEvents.ReunificationCompleted completed) {
    refreshRequest(completed.requestId());
  }

  private void refreshCase(UUID caseId) {
    cases.of(caseId).ifPresentOrElse(c -> {
      rows.putCases(List.of(c), f -> closedOn(f, rows.closedOn(caseId).orElse(null)));
      items.followCase(c);
    }, () -> {
      rows.deleteCase(caseId);
      items.deleteCase(caseId);
    });
  }

  private void refreshRequest(UUID requestId) {
    tracing.lockedOf(requestId).ifPresentOrElse(rows::putRequest, () -> rows.deleteRequest(requestId));
  }

  /** The day a case was closed: kept from when it was first seen closed, else the day of its last change. */
  static LocalDate closedOn(CaseStatistics.Facts c, LocalDate known) {
    if (!"closed".equals(c.status())) {
      return null;
    }
    return known != null ? known : c.updatedAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Without history (an import, a rebuild) a closed case is taken as closed on the day of its last change. */
  static LocalDate closedAsRecorded(CaseStatistics.Facts c) {
    return closedOn(c, null);
  }
}
