package org.haven.reporting.disclosure;

/**
 * Complementary suppression for a two-way table published with all its totals, in the manner of the
 * hypercube method: a cell is protected by three more cells forming a rectangle with it in the table
 * bordered by its totals (rows 0..R, the last being the column totals; columns 0..C, the last being the
 * row totals). Adding t to two opposite corners and taking it from the other two (with the signs of the
 * totals turned, as they sit on the other side of their equations) leaves every published figure
 * unchanged, so the cell is no longer determined provided the corners that go down are not 0. The cheapest
 * rectangle is the one with the fewest cells not yet suppressed, then the smallest sum of their counts.
 */
final class Rectangles {
  private Rectangles() {}

  /** The cells to suppress to protect {@code cell}; null when the table has not all its totals or none fits. */
  static int[] cheapest(CellTable table, boolean[] suppressed, int cell) {
    int rows = table.rows();
    int columns = table.columns();
    if (table.grandTotal() < 0 || table.rowTotal(0) < 0 || table.columnTotal(0) < 0 || columns < 1) {
      return null;
    }
    int[] at = position(table, cell);
    if (at == null) {
      return null;
    }
    int i = at[0];
    int j = at[1];
    int[] best = null;
    long bestNew = Long.MAX_VALUE;
    long bestSum = Long.MAX_VALUE;
    for (int l = 0; l <= rows; l++) {
      for (int k = 0; k <= columns; k++) {
        if (l == i || k == j) {
          continue;
        }
        int[] corners = {cell, index(table, i, k), index(table, l, j), index(table, l, k)};
        int[] zSign = {1, -1, -1, 1};
        int[][] positions = {{i, j}, {i, k}, {l, j}, {l, k}};
        if (!feasible(table, corners, zSign, positions, 1) && !feasible(table, corners, zSign, positions, -1)) {
          continue;
        }
        long added = 0;
        long sum = 0;
        for (int c = 1; c < 4; c++) {
          if (!suppressed[corners[c]]) {
            added++;
            sum += table.value(corners[c]);
          }
        }
        if (added < bestNew || (added == bestNew && sum < bestSum)) {
          best = corners;
          bestNew = added;
          bestSum = sum;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return java.util.Arrays.stream(best, 1, 4).filter(c -> !suppressed[c]).toArray();
  }

  private static boolean feasible(CellTable table, int[] corners, int[] zSign, int[][] positions, int orientation) {
    for (int c = 0; c < 4; c++) {
      int x = orientation * zSign[c] * totalSign(table, positions[c]);
      if (x < 0 && table.value(corners[c]) == 0) {
        return false;
      }
    }
    return true;
  }

  /** −1 for a row or column total (they stand on the other side of their equations), +1 otherwise. */
  private static int totalSign(CellTable table, int[] p) {
    boolean marginRow = p[0] == table.rows();
    boolean marginColumn = p[1] == table.columns();
    return marginRow ^ marginColumn ? -1 : 1;
  }

  private static int index(CellTable table, int row, int column) {
    boolean marginRow = row == table.rows();
    boolean marginColumn = column == table.columns();
    if (marginRow && marginColumn) {
      return table.grandTotal();
    }
    if (marginRow) {
      return table.columnTotal(column);
    }
    if (marginColumn) {
      return table.rowTotal(row);
    }
    return table.interior(row, column);
  }

  private static int[] position(CellTable table, int cell) {
    for (int r = 0; r <= table.rows(); r++) {
      for (int c = 0; c <= table.columns(); c++) {
        if (index(table, r, c) == cell) {
          return new int[] {r, c};
        }
      }
    }
    return null;
  }
}
