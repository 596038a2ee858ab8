package org.haven.locations.hxl;

/** Names a cell the way a person finds it in a spreadsheet: line and column, both counted from 1. */
final class Cells {
  private Cells() {}

  static String at(long line, int columnIndex) {
    return "line " + line + ", column " + (columnIndex + 1);
  }
}
