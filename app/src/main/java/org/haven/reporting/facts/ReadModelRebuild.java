package org.haven.reporting.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.haven.assessment.ScreeningFacts;
import org.haven.bestinterests.BestInterestsFacts;
import org.haven.cases.CaseStatistics;
import org.haven.casework.CaseworkFacts;
import org.haven.tracing.TracingFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the reporting read model from the cases, tracing, assessment, casework and best interests
 * modules, in one transaction: after a restore, a change of what the read model holds, or to repair it.
 * Days of closing are then approximate (the day of the case's last change), as the history of statuses is
 * not replayed.
 */
@Component
public class ReadModelRebuild {
  private static final int BATCH = 1000;

  private final CaseStatistics cases;
  private final TracingFacts tracing;
  private final FactRows rows;
  private final TransactionTemplate transactions;
  private final ScreeningFacts screenings;
  private final CaseworkFacts casework;
  private final BestInterestsFacts bestInterests;
  private final CaseItemRows items;

  ReadModelRebuild(CaseStatistics cases, TracingFacts tracing, FactRows rows, TransactionTemplate transactions,
      ScreeningFacts screenings, CaseworkFacts casework, BestInterestsFacts bestInterests, CaseItemRows items) {
    this.screenings = screenings;
    this.casework = casework;
    this.bestInterests = bestInterests;
    this.items = items;
    this.cases = cases;
    this.tracing = tracing;
    this.rows = rows;
    this.transactions = transactions;
  }

  public record Result(long cases, long requests, long items) {}

  public Result rebuild() {
    return transactions.execute(tx -> {
      rows.clear();
      items.clear();
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
      return new Result(counts[0], counts[1], rebuildItems());
    });
  }

  /** The other modules' items, after the cases they take their sex, place and consent from. */
  private long rebuildItems() {
    List<CaseItemRows.Item> batch = new ArrayList<>(BATCH);
    long[] count = new long[1];
    Consumer<CaseItemRows.Item> add = item -> {
      batch.add(item);
      count[0]++;
      if (batch.size() == BATCH) {
        items.add(batch);
        batch.clear();
      }
    };
    screenings.forEach(f -> add.accept(CaseItems.flag(f)));
    casework.forEach(s -> add.accept(CaseItems.service(s)), r -> add.accept(CaseItems.referral(r)),
        t -> add.accept(CaseItems.task(t)));
    bestInterests.forEach(facts -> CaseItems.bestInterests(facts).forEach(add));
    tracing.reunificationsOf(null).forEach(r -> add.accept(CaseItems.reunification(r)));
    items.add(batch);
    return count[0];
  }
}
