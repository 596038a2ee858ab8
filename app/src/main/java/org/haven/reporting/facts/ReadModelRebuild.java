package org.haven.reporting.facts;

import java.util.ArrayList;
import java.util.List;
import org.haven.cases.CaseStatistics;
import org.haven.tracing.TracingFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the reporting read model from the cases and tracing modules, in one transaction: after a
 * restore, a change of what the read model holds, or to repair it. Days of closing are then approximate
 * (the day of the case's last change), as the history of statuses is not replayed.
 */
@Component
public class ReadModelRebuild {
  private static final int BATCH = 1000;

  private final CaseStatistics cases;
  private final TracingFacts tracing;
  private final FactRows rows;
  private final TransactionTemplate transactions;

  ReadModelRebuild(CaseStatistics cases, TracingFacts tracing, FactRows rows, TransactionTemplate transactions) {
    this.cases = cases;
    this.tracing = tracing;
    this.rows = rows;
    this.transactions = transactions;
  }

  public record Result(long cases, long requests) {}

  public Result rebuild() {
    return transactions.execute(tx -> {
      rows.clear();
      List<CaseStatistics.Facts> batch = new ArrayList<>(BATCH);
      long[] counts = new long[2];
      cases.forEach(c -> {
        batch.add(c);
        counts[0]++;
        if (batch.size() == BATCH) {
          rows.putCases(batch, FactProjection::closedAsRecorded);
          batch.clear();
        }
      });
      rows.putCases(batch, FactProjection::closedAsRecorded);
      tracing.forEach(r -> {
        rows.putRequest(r);
        counts[1]++;
      });
      return new Result(counts[0], counts[1]);
    });
  }
}
