package org.haven.reporting.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Applies a {@link DisclosureRule} to a table. Primary suppression hides small counts, interior cells and
 * totals alike, and the cells withheld as sensitive; complementary suppression then protects each cell that
 * {@link Determination} finds could still be worked out: in a table with all its totals, by the cheapest
 * rectangle of cells around it ({@link Rectangles}), otherwise by the smallest non-zero cell sharing a row
 * or column with it, until none can be worked out. The cheapest cells go first, so that as much of the table as can be
 * safely shown is shown; it always ends, at worst with everything suppressed.
 */
public final class DisclosureControl {
  private final DisclosureRule rule;

  public DisclosureControl(DisclosureRule rule) {
    this.rule = rule;
  }

  public DisclosureRule rule() {
    return rule;
  }

  /**
   * @param withheld cells that must not be shown whatever their value (sensitive categories)
   * @param cellKey  a stable name for each cell (table, filters, coordinates), which random rounding draws from
   */
  public Protection protect(CellTable table, Set<Integer> withheld, IntFunction<String> cellKey) {
    int n = table.size();
    boolean[] suppressed = new boolean[n];
    int primary = 0;
    for (int cell = 0; cell < n; cell++) {
      long v = table.value(cell);
      if (withheld.contains(cell)) {
        suppressed[cell] = true;
      } else if ((v > 0 && v < rule.threshold()) || (v == 0 && rule.suppressZeros())) {
        suppressed[cell] = true;
        primary++;
      }
    }
    int complementary = 0;
    Determination determination = new Determination(table, suppressed);
    Deque<Integer> toCheck = new ArrayDeque<>();
    for (int cell = 0; cell < n; cell++) {
      if (suppressed[cell]) {
        toCheck.add(cell);
      }
    }
    while (!toCheck.isEmpty()) {
      int cell = toCheck.peek();
      if (!determination.isDetermined(cell)) {
        toCheck.poll();
        continue;
      }
      int[] extra = Rectangles.cheapest(table, suppressed, cell);
      if (extra == null) {
        int one = complementFor(table, suppressed, cell);
        extra = one < 0 ? new int[0] : new int[] {one};
      }
      if (extra.length == 0) {
        toCheck.poll();
        continue;
      }
      for (int e : extra) {
        suppressed[e] = true;
        determination.suppress(e);
        toCheck.add(e);
        complementary++;
      }
    }
    long[] published = new long[n];
    for (int cell = 0; cell < n; cell++) {
      published[cell] = suppressed[cell] ? 0
          : rule.rounding().apply(table.value(cell), rule.roundingBase(), rule.roundingSalt() + cellKey.apply(cell));
    }
    return new Protection(suppressed, published, primary, withheld.size(), complementary);
  }

  /** The cell to suppress next: a line-mate of the determined cell if one is left, else any cell. */
  private static int complementFor(CellTable table, boolean[] suppressed, int determined) {
    int best = -1;
    for (CellTable.Line line : table.lines()) {
      if (!contains(line, determined)) {
        continue;
      }
      best = better(table, suppressed, best, line.total());
      for (int part : line.parts()) {
        best = better(table, suppressed, best, part);
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int cell = 0; cell < table.size(); cell++) {
      best = better(table, suppressed, best, cell);
    }
    return best;
  }

  /** Prefers a non-zero cell (a suppressed zero cannot go down, so protects less), then the smaller one. */
  private static int better(CellTable table, boolean[] suppressed, int best, int candidate) {
    if (suppressed[candidate]) {
      return best;
    }
    if (best < 0) {
      return candidate;
    }
    long b = table.value(best);
    long c = table.value(candidate);
    boolean bZero = b == 0;
    boolean cZero = c == 0;
    if (bZero != cZero) {
      return cZero ? best : candidate;
    }
    return c < b ? candidate : best;
  }

  private static boolean contains(CellTable.Line line, int cell) {
    if (line.total() == cell) {
      return true;
    }
    for (int part : line.parts()) {
      if (part == cell) {
        return true;
      }
    }
    return false;
  }
}
