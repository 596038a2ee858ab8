package org.haven.reporting.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as an outsider reading it knows it: the values of its cells (interior cells and totals alike)
 * and the linear relations between them, each "these cells add up to that total". Built from a grid of
 * counts with the totals that will be published beside it.
 */
public final class CellTable {
  /** One published relation: the cells {@code parts} add up to the cell {@code total}. */
  public record Line(int[] parts, int total) {}

  private final long[] values;
  private final List<Line> lines;
  private final int rows;
  private final int columns;
  private final int[] rowTotals;
  private final int[] columnTotals;
  private final int grandTotal;

  private CellTable(long[] values, List<Line> lines, int rows, int columns, int[] rowTotals, int[] columnTotals,
      int grandTotal) {
    this.values = values;
    this.lines = List.copyOf(lines);
    this.rows = rows;
    this.columns = columns;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
    this.grandTotal = grandTotal;
  }

  /**
   * A rows × columns grid of counts. With {@code rowTotals} each row's total is published, with
   * {@code columnTotals} each column's; with both, the grand total too. A one-way table is a grid of one
   * column with column totals only (its column total is the grand total). A dimension whose categories
   * overlap (a child with two protection concerns counts in both) must not be summed over, so the totals
   * across it are left out.
   */
  public static CellTable grid(long[][] counts, boolean rowTotals, boolean columnTotals) {
    return grid(counts, counts.length == 0 ? 0 : counts[0].length, rowTotals, columnTotals);
  }

  /** As above, for {@code c} columns: a table with no rows yet (categories only found in data) still has them. */
  public static CellTable grid(long[][] counts, int c, boolean rowTotals, boolean columnTotals) {
    int r = counts.length;
    List<Long> cells = new ArrayList<>();
    for (long[] row : counts) {
      for (long v : row) {
        cells.add(v);
      }
    }
    int[] rowIdx = new int[r];
    int[] colIdx = new int[c];
    Arrays.fill(rowIdx, -1);
    Arrays.fill(colIdx, -1);
    List<Line> lines = new ArrayList<>();
    if (rowTotals) {
      for (int i = 0; i < r; i++) {
        rowIdx[i] = cells.size();
        cells.add(Arrays.stream(counts[i]).sum());
        lines.add(new Line(range(i * c, 1, c), rowIdx[i]));
      }
    }
    if (columnTotals) {
      for (int j = 0; j < c; j++) {
        colIdx[j] = cells.size();
        long sum = 0;
        for (long[] row : counts) {
          sum += row[j];
        }
        cells.add(sum);
        lines.add(new Line(range(j, c, r), colIdx[j]));
      }
    }
    int grand = -1;
    if (rowTotals && columnTotals) {
      grand = cells.size();
      cells.add(Arrays.stream(counts).flatMapToLong(Arrays::stream).sum());
      lines.add(new Line(rowIdx.clone(), grand));
      lines.add(new Line(colIdx.clone(), grand));
    } else if (columnTotals && c == 1) {
      grand = colIdx[0];
    }
    return new CellTable(cells.stream().mapToLong(Long::longValue).toArray(), lines, r, c, rowIdx, colIdx, grand);
  }

  private static int[] range(int start, int step, int count) {
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = start + k * step;
    }
    return out;
  }

  public int size() {
    return values.length;
  }

  public long value(int cell) {
    return values[cell];
  }

  public List<Line> lines() {
    return lines;
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public int interior(int row, int column) {
    return row * columns + column;
  }

  /** The index of a row's total, or -1 when row totals are not published. */
  public int rowTotal(int row) {
    return rowTotals[row];
  }

  public int columnTotal(int column) {
    return columnTotals[column];
  }

  public int grandTotal() {
    return grandTotal;
  }
}
