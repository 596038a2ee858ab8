package org.haven.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.cases.CaseStatistics;
import org.haven.tracing.TracingFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting read model's rows: one per case, one per (case, concern), one per tracing request and match. */
@Repository
public class FactRows {
  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  FactRows(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  public Optional<LocalDate> closedOn(UUID caseId) {
    return jdbc.sql("select closed_day from report_case_facts where case_id = ?").param(caseId)
        .query((rs, n) -> {
          int day = rs.getInt(1);
          return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
        }).list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public void deleteCase(UUID caseId) {
    jdbc.sql("delete from report_case_concerns where case_id = ?").param(caseId).update();
    jdbc.sql("delete from report_case_facts where case_id = ?").param(caseId).update();
  }

  /** Writes the facts of these cases, replacing what was there; {@code closedOn} gives each one's closing day. */
  public void putCases(List<CaseStatistics.Facts> cases, java.util.function.Function<CaseStatistics.Facts, LocalDate> closedOn) {
    if (cases.isEmpty()) {
      return;
    }
    List<Object[]> ids = cases.stream().map(c -> new Object[] {c.caseId()}).toList();
    batches.batchUpdate("delete from report_case_concerns where case_id = ?", ids);
    batches.batchUpdate("delete from report_case_facts where case_id = ?", ids);
    List<Object[]> facts = new ArrayList<>();
    List<Object[]> concerns = new ArrayList<>();
    for (CaseStatistics.Facts c : cases) {
      if ("duplicate".equals(c.status())) {
        continue; // a registration merged into another is not a child of its own
      }
      LocalDate registered = day(c.registeredAt());
      LocalDate closed = closedOn.apply(c);
      facts.add(new Object[] {c.caseId(), c.status(), c.sex(), c.birthYear(), c.protectionStatus(),
          c.displacementStatus(), c.riskLevel(), c.nationality(), c.locationId(), c.separationCause(),
          c.consentReporting(), registered.toEpochDay(), closed == null ? null : closed.toEpochDay()});
      for (String concern : c.protectionConcerns().stream().distinct().toList()) {
        concerns.add(new Object[] {c.caseId(), concern, c.sex(), c.locationId(), c.consentReporting(),
            registered.toEpochDay()});
      }
    }
    batches.batchUpdate("""
        insert into report_case_facts (case_id, status, sex, birth_year, protection_status, displacement_status,
            risk_level, nationality, location_id, separation_cause, consent_reporting, registered_day, closed_day)
        values (?,?,?,?,?,?,?,?,?,?,?,?,?)""", facts);
    batches.batchUpdate("""
        insert into report_case_concerns (case_id, concern, sex, location_id, consent_reporting, registered_day)
        values (?,?,?,?,?,?)""", concerns);
  }

  public void deleteRequest(UUID requestId) {
    jdbc.sql("delete from report_tracing_matches where request_id = ?").param(requestId).update();
    jdbc.sql("delete from report_tracing_requests where request_id = ?").param(requestId).update();
  }

  /** Writes the facts of a request and its matches, replacing what was there. */
  public void putRequest(TracingFacts.RequestFacts r) {
    deleteRequest(r.requestId());
    LocalDate filed = day(r.filedAt());
    jdbc.sql("insert into report_tracing_requests (request_id, status, location_id, filed_day) values (?,?,?,?)")
        .params(r.requestId(), r.status(), r.locationId(), filed.toEpochDay()).update();
    List<Object[]> matches = r.matches().stream().map(m -> new Object[] {m.matchId(), r.requestId(), m.status(),
        r.locationId(), day(m.foundAt()).toEpochDay(), filed.toEpochDay(),
        "confirmed".equals(m.status()) && m.decidedAt() != null ? day(m.decidedAt()).toEpochDay() : null}).toList();
    batches.batchUpdate("""
        insert into report_tracing_matches (match_id, request_id, status, location_id, found_day, request_filed_day,
            confirmed_day) values (?,?,?,?,?,?,?)""", matches);
  }

  public void clear() {
    jdbc.sql("delete from report_case_concerns").update();
    jdbc.sql("delete from report_case_facts").update();
    jdbc.sql("delete from report_tracing_matches").update();
    jdbc.sql("delete from report_tracing_requests").update();
  }

  public long caseCount() {
    return jdbc.sql("select count(*) from report_case_facts").query(Long.class).single();
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
