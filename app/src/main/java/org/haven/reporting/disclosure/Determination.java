package org.haven.reporting.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Whether a suppressed cell can be worked out exactly from what a table publishes: its other cells, its
 * totals, and that no count is negative.
 *
 * <p>Each published relation "parts add up to total" is a vertex; each suppressed cell an edge between the
 * (at most two) relations it appears in, or a free end where it appears in fewer. A suppressed cell can take
 * another value, with every published figure unchanged, exactly when a closed walk through it exists along
 * which changes of +1 and −1 cancel at every relation, no cell that is 0 goes down, and the cell itself keeps
 * one direction (each relation holds at most two of the table's cells' lines, so such walks span every way
 * to change the hidden cells together). A cell on no such walk is determined, and must not be left as the
 * only protection of its value.
 */
public final class Determination {
  private final CellTable table;
  private final boolean[] suppressed;
  private final int free;
  private final int[][] ends;
  private final int[][] coefficients;
  private final List<List<Integer>> edgesAt;

  public Determination(CellTable table, boolean[] suppressed) {
    this.table = table;
    this.suppressed = suppressed.clone();
    int lineCount = table.lines().size();
    this.free = lineCount;
    this.ends = new int[table.size()][];
    this.coefficients = new int[table.size()][];
    List<List<int[]>> memberships = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      memberships.add(new ArrayList<>());
    }
    for (int l = 0; l < lineCount; l++) {
      CellTable.Line line = table.lines().get(l);
      for (int part : line.parts()) {
        memberships.get(part).add(new int[] {l, 1});
      }
      memberships.get(line.total()).add(new int[] {l, -1});
    }
    edgesAt = new ArrayList<>();
    for (int v = 0; v <= lineCount; v++) {
      edgesAt.add(new ArrayList<>());
    }
    for (int cell = 0; cell < table.size(); cell++) {
      List<int[]> in = memberships.get(cell);
      if (in.size() > 2) {
        throw new IllegalArgumentException("a cell in more than two relations");
      }
      int[] e = {free, free};
      int[] k = {0, 0};
      for (int m = 0; m < in.size(); m++) {
        e[m] = in.get(m)[0];
        k[m] = in.get(m)[1];
      }
      ends[cell] = e;
      coefficients[cell] = k;
      if (this.suppressed[cell]) {
        addEdge(cell);
      }
    }
  }

  /**
   * Suppresses one more cell. Suppressing only ever adds ways to change the hidden cells, so a cell found
   * undetermined stays so: callers need not check it again.
   */
  public void suppress(int cell) {
    if (!suppressed[cell]) {
      suppressed[cell] = true;
      addEdge(cell);
    }
  }

  private void addEdge(int cell) {
    edgesAt.get(ends[cell][0]).add(cell);
    if (ends[cell][1] != ends[cell][0]) {
      edgesAt.get(ends[cell][1]).add(cell);
    }
  }

  /** The first suppressed cell that can be worked out exactly, or -1 when none can. */
  public int firstDetermined() {
    for (int cell = 0; cell < table.size(); cell++) {
      if (suppressed[cell] && isDetermined(cell)) {
        return cell;
      }
    }
    return -1;
  }

  public boolean isDetermined(int cell) {
    if (!suppressed[cell]) {
      return true;
    }
    if (ends[cell][0] == free && ends[cell][1] == free) {
      return false;
    }
    return !canMove(cell, 1) && (table.value(cell) == 0 || !canMove(cell, -1));
  }

  /** Searches a balanced closed walk that starts by changing {@code cell} by {@code sign}. */
  private boolean canMove(int cell, int sign) {
    int start = ends[cell][0];
    int goal = ends[cell][1];
    // The walk enters `start` through the cell; it must come back to `goal` so that the cell leaves it.
    int needAtGoal = goal == free ? 0 : -coefficients[cell][1] * sign;
    int startState = state(start, start == free ? 0 : coefficients[cell][0] * sign);
    boolean[] seen = new boolean[2 * (free + 1)];
    Deque<Integer> pending = new ArrayDeque<>();
    seen[startState] = true;
    pending.add(startState);
    while (!pending.isEmpty()) {
      int s = pending.poll();
      int vertex = s / 2;
      int net = s % 2 == 0 ? 1 : -1;
      for (int edge : edgesAt.get(vertex)) {
        int side = ends[edge][0] == vertex ? 0 : 1;
        int other = ends[edge][1 - side];
        int[] directions = vertex == free ? new int[] {1, -1} : new int[] {-net * coefficients[edge][side]};
        for (int d : directions) {
          if (d < 0 && table.value(edge) == 0) {
            continue;
          }
          if (edge == cell && d != sign) {
            continue;
          }
          int arriving = other == free ? 0 : coefficients[edge][1 - side] * d;
          if (other == goal && (goal == free || arriving == needAtGoal)) {
            return true;
          }
          int next = state(other, arriving);
          if (!seen[next]) {
            seen[next] = true;
            pending.add(next);
          }
        }
      }
    }
    return false;
  }

  private static int state(int vertex, int net) {
    return 2 * vertex + (net >= 0 ? 0 : 1);
  }
}
