package org.haven.reporting.tables;

import java.util.List;

/**
 * A standard table, declared: what it counts ({@code source}), broken down by {@code rows} and optionally
 * {@code columns}, the HXL hashtag of its counts ({@code hxlCount}, e.g. {@code #affected+children}), and
 * the GCM objectives and SDG indicators it informs. Adding a table is adding one of these to
 * {@link StandardTables}. A {@code sensitive} table (trafficking and exploitation flags) is a sensitive
 * category as a whole: never shown below the configured admin level, whatever the configured codes.
 */
public record TableDefinition(String id, Source source, Dimension rows, Dimension columns, String hxlCount,
    List<String> informs, boolean sensitive) {

  public TableDefinition {
    informs = List.copyOf(informs);
  }

  public TableDefinition(String id, Source source, Dimension rows, Dimension columns, String hxlCount,
      List<String> informs) {
    this(id, source, rows, columns, hxlCount, informs, false);
  }

  public boolean hasColumns() {
    return columns != null;
  }

  public boolean hasLocation() {
    return rows.isLocation() || (columns != null && columns.isLocation());
  }
}
