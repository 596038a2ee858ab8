package org.haven.reporting.tables;

import static org.haven.reporting.tables.Dimensions.*;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables, in the order they are listed. Tables of modules that keep their own facts later
 * (risk levels from assessment, services and overdue work from casework, durable solutions from best
 * interests) are added here the same way, with a source for their fact rows.
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
          "#indicator+num+confirmed_matches", List.of("GCM objective 7", "GCM objective 8", "GCR para 76")));

  private StandardTables() {}

  public static Optional<TableDefinition> byId(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
