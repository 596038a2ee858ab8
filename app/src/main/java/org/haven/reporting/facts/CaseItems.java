package org.haven.reporting.facts;

import java.util.ArrayList;
import java.util.List;
import org.haven.assessment.ScreeningFacts;
import org.haven.bestinterests.BestInterestsFacts;
import org.haven.casework.CaseworkFacts;
import org.haven.reporting.facts.CaseItemRows.Item;
import org.haven.reporting.facts.CaseItemRows.Kind;
import org.haven.tracing.TracingFacts;

/** The owning modules' facts as read-model items: which category, status and days each kind counts by. */
final class CaseItems {
  private CaseItems() {}

  static Item flag(ScreeningFacts.FlagFacts f) {
    return new Item(Kind.SCREENING_FLAG, f.screeningId(), f.caseId(), f.flag(), null, CaseItemRows.day(f.raisedAt()),
        null, null);
  }

  /**
   * Service types are typed by caseworkers (casework has no lookup for them yet), and a category is published
   * as a row label even when its count is suppressed: only values shaped like codes are kept, anything else
   * (a sentence, a name) counts as {@code other}.
   */
  static String code(String typed) {
    return typed != null && typed.matches("[a-z][a-z0-9_]{0,39}") ? typed : "other";
  }

  static Item service(CaseworkFacts.ServiceFacts s) {
    return new Item(Kind.SERVICE, s.id(), s.caseId(), code(s.type()), s.status(), CaseItemRows.day(s.createdAt()),
        null, null);
  }

  static Item referral(CaseworkFacts.ServiceFacts r) {
    return new Item(Kind.REFERRAL, r.id(), r.caseId(), code(r.type()), r.status(), CaseItemRows.day(r.createdAt()),
        null, null);
  }

  /** A task counts by its due day; it was open from its creation to its closing day. */
  static Item task(CaseworkFacts.TaskFacts t) {
    return new Item(Kind.TASK, t.id(), t.caseId(), t.kind(), t.status(), CaseItemRows.day(t.dueAt()),
        CaseItemRows.day(t.createdAt()), CaseItemRows.day(t.closedAt()));
  }

  static List<Item> casework(CaseworkFacts.Facts facts) {
    List<Item> items = new ArrayList<>();
    facts.services().forEach(s -> items.add(service(s)));
    facts.referrals().forEach(r -> items.add(referral(r)));
    facts.tasks().forEach(t -> items.add(task(t)));
    return items;
  }

  static List<Item> bestInterests(BestInterestsFacts.Facts facts) {
    List<Item> items = new ArrayList<>();
    facts.solutions().forEach(s -> items.add(new Item(Kind.DURABLE_SOLUTION, s.id(), facts.caseId(), s.type(),
        s.status(), CaseItemRows.day(s.identifiedAt()), null, null)));
    facts.decisions().forEach(d -> items.add(new Item(Kind.BID_DECIDED, d.bidId(), facts.caseId(), d.option(), null,
        CaseItemRows.day(d.decidedAt()), null, null)));
    return items;
  }

  /** A reunification counts on the day of the reunion; it started the day the tracing request was filed. */
  static Item reunification(TracingFacts.ReunificationFacts r) {
    return new Item(Kind.REUNIFICATION, r.reunificationId(), r.caseId(), "reunified", null, r.reunifiedOn(),
        CaseItemRows.day(r.requestFiledAt()), null);
  }
}
