package org.haven.reporting.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the fact rows of a table's source by its dimensions, for a period (inclusive epoch days), and,
 * when a place is asked for or places are a dimension, by location id as well, so that places can be
 * rolled up and filtered in memory from the gazetteer's hierarchy instead of in SQL.
 */
@Component
public class Tabulation {
  private final JdbcClient jdbc;
  private final boolean onlyConsented;

  Tabulation(JdbcClient jdbc, @Value("${haven.reporting.only-consented:false}") boolean onlyConsented) {
    this.jdbc = jdbc;
    this.onlyConsented = onlyConsented;
  }

  /** One group: its row and column categories (the column empty for one-way tables), its place, its count. */
  public record Group(String row, String column, UUID locationId, long count) {}

  /** Subtrees up to this size are filtered in SQL; larger ones (a whole country) by location id in memory. */
  public static final int MAX_PLACES_IN_SQL = 2000;

  /**
   * Counts for a period, within the places {@code within} (null: everywhere). Groups carry their location id
   * when places are a dimension or a subtree too large for SQL has to be filtered in memory.
   */
  public List<Group> count(TableDefinition table, int fromDay, int toDay, Set<UUID> within) {
    boolean placesInSql = within != null && within.size() <= MAX_PLACES_IN_SQL;
    boolean byLocation = table.hasLocation() || (within != null && !placesInSql);
    String rowSql = table.rows().sqlAsOf(toDay);
    String columnSql = table.hasColumns() ? table.columns().sqlAsOf(toDay) : "''";
    String locationSql = byLocation ? "location_id" : "cast(null as uuid)";
    StringBuilder inner = new StringBuilder("select ").append(rowSql).append(" as r, ").append(columnSql)
        .append(" as c, ").append(locationSql).append(" as l from ").append(table.source().table)
        // Days and location ids are written into the statement (integers and UUIDs, nothing a user typed):
        // with them as parameters PostgreSQL soon switches to a generic plan that scans the day index over
        // most of the table, several times slower than the scan it plans when it sees the values.
        .append(" where ").append(table.source().dayColumn).append(" between ").append(fromDay).append(" and ")
        .append(toDay);
    if (table.source().condition != null) {
      inner.append(" and ").append(table.source().conditionAsOf(toDay));
    }
    if (onlyConsented && table.source().hasConsent) {
      inner.append(" and consent_reporting = true");
    }
    if (placesInSql) {
      inner.append(within.isEmpty() ? " and 1 = 0" : " and location_id in (" + String.join(",",
          within.stream().map(id -> "'" + id + "'").sorted().toList()) + ")");
    }
    String sql = "select r, c, l, count(*) as n from (" + inner + ") x group by r, c, l";
    return jdbc.sql(sql).query((rs, i) -> new Group(String.valueOf(rs.getString("r")),
        rs.getString("c") == null ? "" : rs.getString("c"), rs.getObject("l", UUID.class), rs.getLong("n"))).list();
  }

  public boolean onlyConsented() {
    return onlyConsented;
  }

  /**
   * Groups as a grid: the row and column categories in order (the dimension's own first, then those found
   * in the data, sorted) and the counts; places mapped to the category {@code placeOf} gives, and groups of
   * places outside {@code within} dropped (null when {@link #count} already filtered in SQL).
   */
  public static Grid grid(TableDefinition table, List<Group> groups, Function<UUID, String> placeOf,
      Set<UUID> within) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>(table.rows().categories());
    List<String> columns = table.hasColumns() ? new ArrayList<>(table.columns().categories()) : new ArrayList<>();
    if (!table.hasColumns()) {
      columns.add("");
    }
    List<String> foundRows = new ArrayList<>();
    List<String> foundColumns = new ArrayList<>();
    for (Group g : groups) {
      if (within != null && (g.locationId() == null || !within.contains(g.locationId()))) {
        continue;
      }
      String row = table.rows().isLocation() ? placeOf.apply(g.locationId()) : g.row();
      String column = table.hasColumns() && table.columns().isLocation() ? placeOf.apply(g.locationId()) : g.column();
      if (!rows.contains(row) && !foundRows.contains(row)) {
        foundRows.add(row);
      }
      if (!columns.contains(column) && !foundColumns.contains(column)) {
        foundColumns.add(column);
      }
      counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(column, g.count(), Long::sum);
    }
    foundRows.sort(unknownLast());
    foundColumns.sort(unknownLast());
    rows.addAll(foundRows);
    columns.addAll(foundColumns);
    long[][] values = new long[rows.size()][columns.size()];
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Long> row = counts.getOrDefault(rows.get(i), Map.of());
      for (int j = 0; j < columns.size(); j++) {
        values[i][j] = row.getOrDefault(columns.get(j), 0L);
      }
    }
    return new Grid(List.copyOf(rows), List.copyOf(columns), values);
  }

  private static java.util.Comparator<String> unknownLast() {
    return java.util.Comparator.comparing((String s) -> s.equals(Dimension.UNKNOWN)).thenComparing(s -> s);
  }

  /** Counts by row and column category. */
  public record Grid(List<String> rows, List<String> columns, long[][] counts) {}
}
