package org.haven.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An aggregate table as published, after disclosure control: a null count is suppressed (shown as *).
 * {@code rowTotals} and {@code columnTotals} are null as a whole when that total is not published (across
 * categories a child can be in several of at once); {@code grandTotal} likewise.
 */
public record ReportTable(String id, List<String> informs, String counts, LocalDate from, LocalDate to,
    Category place, Integer adminLevel, String rowDimension, String columnDimension, List<Category> rows,
    List<Category> columns, List<List<Long>> cells, List<Long> rowTotals, List<Long> columnTotals, Long grandTotal,
    Hxl hxl, Disclosure disclosure, Instant generatedAt) {

  /** A category: its code (a P-code for places) and, for places, the name. */
  public record Category(String code, String label) {}

  /** The HXL tagging: the hashtag of the row categories, the counts, and the attribute of each column. */
  public record Hxl(String rowTag, String count, List<String> columnAttributes) {}

  /** The rule applied, stamped on every output, and what it did to this table. */
  public record Disclosure(int threshold, boolean suppressZeros, String rounding, int roundingBase,
      List<String> sensitiveCategories, int sensitiveFinestAdminLevel, int suppressedCells, int withheldCells,
      String statement) {}

  public boolean oneWay() {
    return columnDimension == null;
  }
}
