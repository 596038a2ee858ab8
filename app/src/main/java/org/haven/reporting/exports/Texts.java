package org.haven.reporting.exports;

import org.haven.reporting.ReportTable;

/** The lines that say what a table covers, the same in every format. */
final class Texts {
  private Texts() {}

  static String scope(ReportTable t) {
    return "Counts " + t.counts() + ", from " + t.from() + " to " + t.to() + "; place: "
        + (t.place() == null ? "all" : t.place().code() + " " + t.place().label())
        + (t.adminLevel() == null ? "" : "; places at admin level " + t.adminLevel());
  }
}
