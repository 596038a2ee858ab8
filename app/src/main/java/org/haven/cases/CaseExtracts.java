package org.haven.cases;

import java.util.List;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-level data leaving the system: the cases within the actor's record scope, for a role allowed to
 * export (never immigration enforcement), each one audited as exported in the same transaction.
 */
@Service
public class CaseExtracts {
  /** More than this in one file is a bulk transfer, which needs a data sharing agreement, not an export. */
  public static final int MAX_CASES = 5000;

  private final CaseRows rows;
  private final CaseAccess access;
  private final TransactionTemplate transactions;

  CaseExtracts(CaseRows rows, CaseAccess access, TransactionTemplate transactions) {
    this.rows = rows;
    this.access = access;
    this.transactions = transactions;
  }

  /**
   * The cases to export, most recent first; {@code status} optional. {@code purpose} goes into the audit
   * entry of every case (the format, that it was encrypted).
   */
  public List<ChildCase> forExport(Actor actor, String status, String purpose) {
    access.require(actor, Action.CASE_EXPORT, "case.export");
    if (status != null && !List.of("open", "closed", "transferred").contains(status)) {
      throw InvalidRequestException.of("status", "must be open, closed or transferred");
    }
    CaseRows.Filter filter = new CaseRows.Filter(null, status, null, access.scopeOf(actor), MAX_CASES, 0);
    return transactions.execute(tx -> {
      List<ChildCase> cases = rows.search(filter).items();
      access.allowedAll(actor, "case.export", cases.stream().map(ChildCase::id).toList(), purpose);
      return cases;
    });
  }
}
