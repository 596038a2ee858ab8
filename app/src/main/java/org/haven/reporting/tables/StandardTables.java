package org.haven.reporting.tables;

import static org.haven.reporting.tables.Dimensions.*;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables, in the order they are listed. The tables of the assessment, casework and best
 * interests modules (and reunifications) count the rows of {@code report_case_items}, one {@link Source}
 * per kind of record.
 */
public final class StandardTables {
  private static final String CHILDREN = "#affected+children";
  private static final String GCM_DATA = "GCM objective 1";
  private static final String DISAGGREGATION = "SDG 17.18.1";

  public static final List<TableDefinition> ALL = List.of(
      new TableDefinition("caseload-by-status", Source.CASES, CASE_STATUS, SEX, CHILDREN,
          List.of(GCM_DATA, "GCM objective 7", DISAGGREGATION)),
      new TableDefinition("caseload-by-age-unhcr", Source.CASES, AGE_UNHCR, SEX, CHILDREN,
          List.of(GCM_DATA, DISAGGREGATION)),
      new TableDefinition("caseload-by-age-primero", Source.CASES, AGE_PRIMERO, SEX, CHILDREN,
          List.of(GCM_DATA, DISAGGREGATION)),
      new TableDefinition("caseload-by-protection-status", Source.CASES, PROTECTION_STATUS, SEX, CHILDREN,
          List.of(GCM_DATA, "GCM objective 7", "GCR para 76")),
      new TableDefinition("caseload-by-displacement-status", Source.CASES, DISPLACEMENT_STATUS, SEX, CHILDREN,
          List.of(GCM_DATA, "SDG 10.7.4", DISAGGREGATION)),
      new TableDefinition("caseload-by-risk-level", Source.CASES, RISK_LEVEL, SEX, CHILDREN,
          List.of("GCM objective 7", "GCM objective 12")),
      new TableDefinition("caseload-by-nationality", Source.CASES, NATIONALITY, SEX, CHILDREN,
          List.of(GCM_DATA, "SDG 10.7.4")),
      new TableDefinition("caseload-by-location", Source.CASES, LOCATION, SEX, CHILDREN,
          List.of(GCM_DATA, "GCM objective 15", DISAGGREGATION)),
      new TableDefinition("protection-concerns", Source.CONCERNS, PROTECTION_CONCERN, SEX, CHILDREN,
          List.of("GCM objective 7", "GCM objective 10", "SDG 16.2.2", "SDG 8.7.1")),
      new TableDefinition("separation-causes", Source.CASES, SEPARATION_CAUSE, SEX, CHILDREN,
          List.of("GCM objective 7", "GCM objective 8", "GCR para 76")),
      new TableDefinition("case-durations", Source.CASES, CASE_DURATION, OPEN_OR_CLOSED, CHILDREN,
          List.of("GCM objective 7", "GCM objective 12")),
      new TableDefinition("tracing-requests", Source.TRACING_REQUESTS, TRACING_STATUS, null,
          "#indicator+num+tracing_requests", List.of("GCM objective 7", "GCM objective 8", "GCR para 76")),
      new TableDefinition("tracing-matches", Source.MATCHES, MATCH_STATUS, null, "#indicator+num+tracing_matches",
          List.of("GCM objective 7", "GCM objective 8")),
      new TableDefinition("tracing-time-to-confirmation", Source.CONFIRMED_MATCHES, DAYS_TO_CONFIRMATION, null,
          "#indicator+num+confirmed_matches", List.of("GCM objective 7", "GCM objective 8", "GCR para 76")),
      new TableDefinition("reunifications", Source.REUNIFICATIONS, DAYS_TO_REUNIFICATION, SEX,
          "#affected+children+reunified", List.of("GCM objective 7", "GCM objective 8", "GCR para 76")),
      new TableDefinition("screening-flags", Source.SCREENING_FLAGS, SCREENING_FLAG, SEX,
          "#indicator+num+flagged_screenings", List.of("GCM objective 7", "GCM objective 10", "SDG 16.2.2"), true),
      new TableDefinition("services", Source.SERVICES, SERVICE_TYPE, SERVICE_STATUS, "#indicator+num+services",
          List.of("GCM objective 7", "GCM objective 15")),
      new TableDefinition("referrals", Source.REFERRALS, SERVICE_TYPE, REFERRAL_STATUS, "#indicator+num+referrals",
          List.of("GCM objective 7", "GCM objective 12", "GCM objective 15")),
      new TableDefinition("durable-solutions", Source.DURABLE_SOLUTIONS, SOLUTION_TYPE, SOLUTION_STATUS,
          "#indicator+num+durable_solutions", List.of("GCM objective 21", "GCR paras 85-100", "GCR para 76")),
      new TableDefinition("bids-decided", Source.BIDS_DECIDED, BID_OPTION, SEX, "#indicator+num+bids_decided",
          List.of("GCM objective 7", "GCM objective 21", "GCR para 76")),
      new TableDefinition("overdue-work", Source.OVERDUE_TASKS, TASK_KIND, DAYS_OVERDUE,
          "#indicator+num+overdue_tasks", List.of("GCM objective 7", "GCM objective 12")));

  private StandardTables() {}

  public static Optional<TableDefinition> byId(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
