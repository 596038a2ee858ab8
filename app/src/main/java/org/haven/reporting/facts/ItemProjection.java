package org.haven.reporting.facts;

import java.util.List;
import java.util.UUID;
import org.haven.assessment.AssessmentEvents;
import org.haven.assessment.ScreeningFacts;
import org.haven.bestinterests.BestInterestsEvents;
import org.haven.bestinterests.BestInterestsFacts;
import org.haven.casework.CaseworkEvents;
import org.haven.casework.CaseworkFacts;
import org.haven.reporting.facts.CaseItemRows.Kind;
import org.haven.tracing.TracingEvents;
import org.haven.tracing.TracingFacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model's items of a case current from the events of the assessment, casework, best
 * interests and tracing modules: on each, the case's items of that module are read again through the
 * module's facts API and replaced. Synchronous, in the transaction of the change, like {@link FactProjection}.
 */
@Component
class ItemProjection {
  private static final List<Kind> CASEWORK = List.of(Kind.SERVICE, Kind.REFERRAL, Kind.TASK);
  private static final List<Kind> BEST_INTERESTS = List.of(Kind.DURABLE_SOLUTION, Kind.BID_DECIDED);

  private final ScreeningFacts screenings;
  private final CaseworkFacts casework;
  private final BestInterestsFacts bestInterests;
  private final TracingFacts tracing;
  private final CaseItemRows items;

  ItemProjection(ScreeningFacts screenings, CaseworkFacts casework, BestInterestsFacts bestInterests,
      TracingFacts tracing, CaseItemRows items) {
    this.screenings = screenings;
    this.casework = casework;
    this.bestInterests = bestInterests;
    this.tracing = tracing;
    this.items = items;
  }

  @EventListener
  void on(AssessmentEvents.ScreeningFlagRaised raised) {
    items.replace(raised.caseId(), List.of(Kind.SCREENING_FLAG),
        screenings.ofCase(raised.caseId()).stream().map(CaseItems::flag).toList());
  }

  @EventListener
  void on(CaseworkEvents.CaseworkChanged changed) {
    items.replace(changed.caseId(), CASEWORK, CaseItems.casework(casework.ofCase(changed.caseId())));
  }

  @EventListener
  void on(BestInterestsEvents.DurableSolutionChanged changed) {
    refreshBestInterests(changed.caseId());
  }

  @EventListener
  void on(BestInterestsEvents.BidDecided decided) {
    refreshBestInterests(decided.caseId());
  }

  @EventListener
  void on(BestInterestsEvents.BidReopened reopened) {
    refreshBestInterests(reopened.caseId());
  }

  @EventListener
  void on(TracingEvents.ReunificationCompleted completed) {
    items.replace(completed.caseId(), List.of(Kind.REUNIFICATION),
        tracing.reunificationsOf(completed.caseId()).stream().map(CaseItems::reunification).toList());
  }

  private void refreshBestInterests(UUID caseId) {
    items.replace(caseId, BEST_INTERESTS, CaseItems.bestInterests(bestInterests.ofCase(caseId)));
  }
}
