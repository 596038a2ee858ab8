package org.haven.reporting.exports;

import java.util.ArrayList;
import java.util.List;
import org.haven.reporting.ReportTable;

/**
 * A table as CSV for HDX and other HXL tools: a few lines saying what it is and the disclosure rule
 * applied (HXL readers skip lines above the hashtag row), the column headers, the HXL hashtag row, then
 * one line per row category and a line of column totals where they are published. Suppressed counts are
 * {@code *}. Counts are tagged with the table's count hashtag plus the attribute of their column
 * (e.g. {@code #affected+children+f}); row totals get {@code +total}.
 */
public final class HxlCsv {
  public static final String SUPPRESSED = "*";

  private HxlCsv() {}

  public static String write(ReportTable t) {
    StringBuilder out = new StringBuilder();
    Lines csv = new Lines(out);
    csv.printRecord("Haven report: " + t.id());
    csv.printRecord(Texts.scope(t));
    csv.printRecord("Disclosure control: " + t.disclosure().statement());
    csv.printRecord("Informs: " + String.join("; ", t.informs()));
    boolean places = t.rowDimension().equals("location");
    List<String> headers = new ArrayList<>(List.of("Period start", "Period end", t.rowDimension()));
    List<String> tags = new ArrayList<>(List.of("#date+start", "#date+end", t.hxl().rowTag()));
    if (places) {
      headers.add("name");
      tags.add(t.hxl().rowTag().replace("+code", "+name"));
    }
    if (t.oneWay()) {
      headers.add("count");
      tags.add(t.hxl().count());
    } else {
      for (int j = 0; j < t.columns().size(); j++) {
        headers.add(t.columnDimension() + ": " + t.columns().get(j).code());
        tags.add(t.hxl().count() + t.hxl().columnAttributes().get(j));
      }
      if (t.rowTotals() != null) {
        headers.add("total");
        tags.add(t.hxl().count() + "+total");
      }
    }
    csv.printRecord(headers);
    csv.printRecord(tags);
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> line = new ArrayList<>(List.of(t.from().toString(), t.to().toString(), t.rows().get(i).code()));
      if (places) {
        line.add(t.rows().get(i).label());
      }
      t.cells().get(i).forEach(v -> line.add(show(v)));
      if (!t.oneWay() && t.rowTotals() != null) {
        line.add(show(t.rowTotals().get(i)));
      }
      csv.printRecord(line);
    }
    if (t.oneWay() || t.columnTotals() != null) {
      List<String> line = new ArrayList<>(List.of(t.from().toString(), t.to().toString(), "total"));
      if (places) {
        line.add("");
      }
      if (t.oneWay()) {
        line.add(show(t.grandTotal()));
      } else {
        t.columnTotals().forEach(v -> line.add(show(v)));
        if (t.rowTotals() != null) {
          line.add(show(t.grandTotal()));
        }
      }
      csv.printRecord(line);
    }
    return out.toString();
  }

  /** Writes CSV lines, quoting only where RFC 4180 needs it: HXL tools look for hashtags in unquoted cells. */
  private record Lines(StringBuilder out) {
    void printRecord(String single) {
      printRecord(List.of(single));
    }

    void printRecord(List<String> values) {
      out.append(String.join(",", values.stream().map(HxlCsv::quoted).toList())).append("\r\n");
    }
  }

  private static String quoted(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static String show(Long value) {
    return value == null ? SUPPRESSED : value.toString();
  }
}
