package org.haven.bestinterests;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.bestinterests.domain.Bid;
import org.haven.bestinterests.persistence.ProcedureRows;
import org.springframework.stereotype.Service;

/**
 * The non-identifying facts of the best interests procedure, for read models such as reporting: the type
 * and status of durable solutions, and the option of each BID decided (the decision standing now, not
 * those a reopening set aside); never reasons, views or votes. It reads for the system itself, so it is
 * neither authorised nor audited.
 */
@Service
public class BestInterestsFacts {
  private final Procedures procedures;
  private final ProcedureRows rows;

  BestInterestsFacts(Procedures procedures, ProcedureRows rows) {
    this.procedures = procedures;
    this.rows = rows;
  }

  public record SolutionFacts(UUID id, String type, String status, Instant identifiedAt) {}

  public record DecisionFacts(UUID bidId, String option, Instant decidedAt) {}

  public record Facts(UUID caseId, List<SolutionFacts> solutions, List<DecisionFacts> decisions) {}

  public Facts ofCase(UUID caseId) {
    return new Facts(caseId,
        procedures.solutionsOf(caseId).stream()
            .map(s -> new SolutionFacts(s.id(), s.type().code(), s.status().code(), s.createdAt())).toList(),
        procedures.bidsOf(caseId).stream().filter(b -> b.decision() != null).map(BestInterestsFacts::decided)
            .toList());
  }

  /** The facts of every case with a BID or a durable solution, to rebuild a read model. */
  public void forEach(Consumer<Facts> consumer) {
    Set<UUID> cases = new LinkedHashSet<>(rows.caseIds(ProcedureRows.Table.DURABLE_SOLUTIONS));
    cases.addAll(rows.caseIds(ProcedureRows.Table.BIDS));
    cases.forEach(caseId -> consumer.accept(ofCase(caseId)));
  }

  private static DecisionFacts decided(Bid b) {
    return new DecisionFacts(b.id(), b.decision().choice().option().code(), b.decision().decidedAt());
  }
}
