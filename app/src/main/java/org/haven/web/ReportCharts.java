package org.haven.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.haven.reporting.ReportTable;

/**
 * A table's chart as inline SVG, drawn on the server: one horizontal bar per row (its total, or its count
 * in a one-way table). Suppressed figures get no bar and an asterisk, never an estimate. No script, no
 * library: the page works without JavaScript and leaks nothing to a third party.
 */
final class ReportCharts {
  private static final int ROW_HEIGHT = 22;
  private static final int LABEL_WIDTH = 200;
  private static final int BAR_WIDTH = 360;
  private static final int MAX_ROWS = 30;

  private ReportCharts() {}

  static String bars(ReportTable table, String suppressedLabel) {
    int rows = Math.min(table.rows().size(), MAX_ROWS);
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      values.add(table.oneWay() ? table.cells().get(i).get(0)
          : table.rowTotals() == null ? null : table.rowTotals().get(i));
    }
    long max = values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
    int height = rows * ROW_HEIGHT + 4;
    int width = LABEL_WIDTH + BAR_WIDTH + 60;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"%s\">", width, height, width, height,
        escape(table.id())));
    for (int i = 0; i < rows; i++) {
      int y = i * ROW_HEIGHT;
      Long v = values.get(i);
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
          LABEL_WIDTH - 6, y + 15, escape(table.rows().get(i).label())));
      if (v != null && max > 0) {
        int w = (int) Math.max(1, BAR_WIDTH * v / max);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/>",
            LABEL_WIDTH, y + 3, w, ROW_HEIGHT - 6));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text>",
            LABEL_WIDTH + w + 4, y + 15, v));
      } else {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>", LABEL_WIDTH + 4,
            y + 15, v == null ? escape(suppressedLabel) : "0"));
      }
    }
    return svg.append("</svg>").toString();
  }

  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
