package org.haven.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.haven.cases.CaseStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read model's rows for records other modules keep on a case (flags, services, referrals, tasks,
 * durable solutions, decided BIDs, reunifications). Each row takes the case's sex, place and consent
 * from {@code report_case_facts} when written and again whenever the case's facts change; items of cases
 * the read model does not count (merged duplicates, deleted cases) are not kept.
 */
@Repository
class CaseItemRows {
  /** The kinds of item, as stored in the {@code kind} column the table sources select on. */
  enum Kind {
    SCREENING_FLAG, SERVICE, REFERRAL, TASK, DURABLE_SOLUTION, BID_DECIDED, REUNIFICATION;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One item: its category and status codes, the day the period selects on, and the days some tables need. */
  record Item(Kind kind, UUID itemId, UUID caseId, String category, String status, LocalDate day, LocalDate startDay,
      LocalDate endDay) {}

  private final JdbcTemplate jdbc;

  CaseItemRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the case's items of these kinds with {@code items}. */
  void replace(UUID caseId, List<Kind> kinds, List<Item> items) {
    for (Kind kind : kinds) {
      jdbc.update("delete from report_case_items where case_id = ? and kind = ?", caseId, kind.code());
    }
    add(items);
  }

  /** Adds items; those of cases the read model does not count are skipped. */
  void add(List<Item> items) {
    List<Object[]> rows = new java.util.ArrayList<>(items.size());
    for (Item it : items) {
      rows.add(new Object[] {it.itemId(), it.kind().code(), it.category() == null ? "unknown" : it.category(),
          it.status(), epoch(it.day()), epoch(it.startDay()), epoch(it.endDay()), it.caseId()});
    }
    jdbc.batchUpdate("""
        insert into report_case_items (item_id, kind, category, status, at_day, start_day, end_day, case_id, sex,
            location_id, consent_reporting)
        select ?, ?, ?, ?, ?, ?, ?, case_id, sex, location_id, consent_reporting
        from report_case_facts where case_id = ?""", rows);
  }

  /** Keeps the case's items in step with its facts: its sex, place and consent, or nothing when not counted. */
  void followCase(CaseStatistics.Facts c) {
    if ("duplicate".equals(c.status())) {
      deleteCase(c.caseId());
      return;
    }
    jdbc.update("update report_case_items set sex = ?, location_id = ?, consent_reporting = ? where case_id = ?",
        c.sex(), c.locationId(), c.consentReporting(), c.caseId());
  }

  void deleteCase(UUID caseId) {
    jdbc.update("delete from report_case_items where case_id = ?", caseId);
  }

  void clear() {
    jdbc.update("delete from report_case_items");
  }

  static LocalDate day(Instant at) {
    return at == null ? null : at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Integer epoch(LocalDate day) {
    return day == null ? null : (int) day.toEpochDay();
  }
}
