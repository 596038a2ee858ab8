package org.haven.reporting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a table is restricted to: a period (inclusive days; open ends mean since the first record, up to
 * today), a place (a unit of the gazetteer, with everything below it), and for tables broken down by place,
 * the admin level to roll places up to (default 1).
 */
public record ReportFilter(LocalDate from, LocalDate to, UUID place, Integer adminLevel) {
  public static final ReportFilter ALL = new ReportFilter(null, null, null, null);
}
