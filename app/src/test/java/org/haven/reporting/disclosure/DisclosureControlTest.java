package org.haven.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
  private static final DisclosureRule RULE = new DisclosureRule(5, false, Rounding.NONE, 5,
      Set.of("trafficked_smuggled"), 2, "");
  private final DisclosureControl control = new DisclosureControl(RULE);

  @Test
  void aSmallCellAloneInItsRowIsProtectedByAnother() {
    CellTable table = CellTable.grid(new long[][] {{3, 20, 30}, {40, 50, 60}}, true, true);
    Protection p = control.protect(table, Set.of(), cell -> "t" + cell);
    assertThat(p.isSuppressed(table.interior(0, 0))).isTrue();
    assertThat(p.primary()).isEqualTo(1);
    assertThat(p.complementary()).as("a second cell in its row, and both columns protected").isGreaterThanOrEqualTo(3);
    assertNothingRecoverable(table, p);
  }

  @Test
  void whenEveryChildIsInOneRowOneRectangleProtectsThemNotTheWholeTable() {
    // 6 girls and 2 boys, all 12 to 17: the 2 boys and their column total are small; two more cells (one
    // rectangle) protect them, the zero rows stay published.
    CellTable table = CellTable.grid(new long[][] {{0, 0}, {6, 2}, {0, 0}}, true, true);
    Protection p = control.protect(table, Set.of(), cell -> "t" + cell);
    assertThat(p.isSuppressed(table.interior(1, 1))).isTrue();
    assertThat(p.complementary()).isEqualTo(2);
    assertThat(p.valueOf(table.rowTotal(0))).isZero();
    assertThat(p.valueOf(table.interior(2, 1))).isZero();
    assertNothingRecoverable(table, p);
  }

  @Test
  void aOneWayTableHidesASecondCellOrTheTotal() {
    CellTable table = CellTable.grid(new long[][] {{2}, {17}, {40}}, false, true);
    Protection p = control.protect(table, Set.of(), cell -> "t" + cell);
    assertThat(p.isSuppressed(0)).isTrue();
    assertThat(p.complementary()).isEqualTo(1);
    assertThat(p.isSuppressed(1)).as("the smallest other cell").isTrue();
    assertThat(p.valueOf(table.grandTotal())).isEqualTo(59L);
    assertNothingRecoverable(table, p);
  }

  @Test
  void aSmallTotalIsSuppressedLikeAnyCell() {
    CellTable table = CellTable.grid(new long[][] {{0, 3}, {20, 30}}, true, true);
    Protection p = control.protect(table, Set.of(), cell -> "t" + cell);
    assertThat(p.isSuppressed(table.rowTotal(0))).isTrue();
    assertNothingRecoverable(table, p);
  }

  @Test
  void zerosNextToASuppressedCellDoNotGiveItAway() {
    // Row 0 holds one small count and zeros: hiding a zero beside it would not help (it cannot go down).
    CellTable table = CellTable.grid(new long[][] {{4, 0, 0}, {0, 12, 30}, {25, 0, 9}}, true, true);
    Protection p = control.protect(table, Set.of(), cell -> "t" + cell);
    assertNothingRecoverable(table, p);
  }

  @Test
  void withheldSensitiveCellsAreProtectedToo() {
    // A sensitive category's whole row is withheld; its cells also appear in the column totals.
    CellTable table = CellTable.grid(new long[][] {{12, 30}, {50, 70}, {8, 9}}, true, true);
    Protection p = control.protect(table, Set.of(table.interior(0, 0), table.interior(0, 1), table.rowTotal(0)),
        cell -> "t" + cell);
    assertThat(p.withheld()).isEqualTo(3);
    assertThat(p.complementary()).as("the column totals would give them away").isGreaterThan(0);
    assertNothingRecoverable(table, p);
  }

  @Test
  void theAttackRecoversCellsWhenOnlySmallCountsAreHidden() {
    CellTable table = CellTable.grid(new long[][] {{3, 20, 30}, {40, 50, 60}}, true, true);
    boolean[] onlyPrimary = new boolean[table.size()];
    onlyPrimary[table.interior(0, 0)] = true;
    long[] values = new long[table.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = table.value(i);
    }
    LinearAttack.Interval[] found = LinearAttack.intervals(table, onlyPrimary, values);
    assertThat(found[table.interior(0, 0)].exact()).as("the attack works: 53 − 20 − 30").isTrue();
    assertThat(found[table.interior(0, 0)].min()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void noSuppressedCellOfThousandsOfRandomTablesCanBeWorkedOut() {
    Random random = new Random(42);
    int attacked = 0;
    for (int t = 0; t < 1500; t++) {
      int rows = 1 + random.nextInt(6);
      int columns = 1 + random.nextInt(5);
      long[][] counts = new long[rows][columns];
      for (long[] row : counts) {
        for (int j = 0; j < columns; j++) {
          int kind = random.nextInt(10);
          row[j] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
        }
      }
      int shape = random.nextInt(3);
      CellTable table = columns == 1 && shape == 0 ? CellTable.grid(counts, false, true)
          : CellTable.grid(counts, shape != 2 || columns == 1, shape != 1);
      Set<Integer> withheld = random.nextInt(5) == 0 ? Set.of(table.interior(0, 0)) : Set.of();
      Protection p = control.protect(table, withheld, cell -> "t" + cell);
      attacked += assertNothingRecoverable(table, p);
    }
    assertThat(attacked).as("suppressed cells attacked").isGreaterThan(1000);
  }

  @Test
  void roundingIsStableAndUnbiasedWhereRandom() {
    assertThat(Rounding.FIXED.apply(12, 5, "a")).isEqualTo(10);
    assertThat(Rounding.FIXED.apply(13, 5, "a")).isEqualTo(15);
    long up = 0;
    for (int i = 0; i < 4000; i++) {
      long r = Rounding.RANDOM.apply(12, 5, "cell" + i);
      assertThat(r).isIn(10L, 15L);
      assertThat(Rounding.RANDOM.apply(12, 5, "cell" + i)).as("the same on every request").isEqualTo(r);
      up += r == 15 ? 1 : 0;
    }
    assertThat(up / 4000.0).as("rounded up 2 times in 5").isBetween(0.36, 0.44);
  }

  /** Fails if any suppressed cell's exact interval is a single value; returns how many were attacked. */
  private static int assertNothingRecoverable(CellTable table, Protection p) {
    long[] published = new long[table.size()];
    for (int i = 0; i < published.length; i++) {
      published[i] = table.value(i);
    }
    LinearAttack.Interval[] found = LinearAttack.intervals(table, p.suppressed(), published);
    List<String> recovered = new ArrayList<>();
    int attacked = 0;
    for (int cell = 0; cell < table.size(); cell++) {
      if (p.isSuppressed(cell)) {
        attacked++;
        if (found[cell].exact()) {
          recovered.add("cell " + cell + " = " + table.value(cell) + " in " + describe(table));
        }
      }
    }
    assertThat(recovered).isEmpty();
    return attacked;
  }

  private static String describe(CellTable table) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < table.size(); i++) {
      s.append(table.value(i)).append(' ');
    }
    return s.toString();
  }
}
