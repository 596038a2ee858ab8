package org.haven.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What an outsider can work out of a published table: for each suppressed cell, the exact interval of values
 * it can take given the published cells, the published totals and that counts are not negative, by linear
 * programming (a small two-phase simplex with Bland's rule). Independent of the disclosure control it checks.
 */
public final class LinearAttack {
  private static final double EPS = 1e-9;

  public record Interval(double min, double max) {
    public boolean exact() {
      return max - min < 0.5;
    }
  }

  /** The interval of every suppressed cell, by cell index; null for published cells. */
  public static Interval[] intervals(CellTable table, boolean[] suppressed, long[] published) {
    List<Integer> unknowns = new ArrayList<>();
    int[] column = new int[table.size()];
    for (int cell = 0; cell < table.size(); cell++) {
      column[cell] = suppressed[cell] ? unknowns.size() : -1;
      if (suppressed[cell]) {
        unknowns.add(cell);
      }
    }
    int n = unknowns.size();
    List<double[]> rows = new ArrayList<>();
    List<Double> rhs = new ArrayList<>();
    for (CellTable.Line line : table.lines()) {
      double[] a = new double[n];
      double b = 0;
      for (int part : line.parts()) {
        if (suppressed[part]) {
          a[column[part]] += 1;
        } else {
          b -= published[part];
        }
      }
      if (suppressed[line.total()]) {
        a[column[line.total()]] -= 1;
      } else {
        b += published[line.total()];
      }
      rows.add(a);
      rhs.add(b);
    }
    double[][] matrix = rows.toArray(new double[0][]);
    double[] b = rhs.stream().mapToDouble(Double::doubleValue).toArray();
    Interval[] out = new Interval[table.size()];
    for (int k = 0; k < n; k++) {
      double[] c = new double[n];
      c[k] = 1;
      double min = minimize(matrix, b, c);
      c[k] = -1;
      double max = -minimize(matrix, b, c);
      out[unknowns.get(k)] = new Interval(min, max);
    }
    return out;
  }

  /** min c·x subject to A x = b, x ≥ 0; −∞ when unbounded below. */
  static double minimize(double[][] a, double[] b, double[] c) {
    int m = a.length;
    int n = c.length;
    int rhs = n + m;
    double[][] t = new double[m + 1][n + m + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      double sign = b[i] < 0 ? -1 : 1;
      for (int j = 0; j < n; j++) {
        t[i][j] = sign * a[i][j];
      }
      t[i][n + i] = 1;
      t[i][rhs] = sign * b[i];
      basis[i] = n + i;
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        t[m][j] -= t[i][j];
      }
    }
    for (int i = 0; i < m; i++) {
      t[m][rhs] -= t[i][rhs];
    }
    run(t, basis, n + m);
    if (-t[m][rhs] > 1e-7) {
      throw new IllegalStateException("the published table is inconsistent");
    }
    for (int i = 0; i < m; i++) {
      if (basis[i] >= n) {
        for (int j = 0; j < n; j++) {
          if (Math.abs(t[i][j]) > EPS) {
            pivot(t, basis, i, j);
            break;
          }
        }
      }
    }
    java.util.Arrays.fill(t[m], 0);
    for (int j = 0; j < n; j++) {
      t[m][j] = c[j];
    }
    for (int i = 0; i < m; i++) {
      if (basis[i] < n && c[basis[i]] != 0) {
        double cb = c[basis[i]];
        for (int j = 0; j <= rhs; j++) {
          t[m][j] -= cb * t[i][j];
        }
      }
    }
    if (!run(t, basis, n)) {
      return Double.NEGATIVE_INFINITY;
    }
    return -t[m][rhs];
  }

  /** Pivots until optimal (true) or unbounded (false); only columns below {@code allowed} may enter. */
  private static boolean run(double[][] t, int[] basis, int allowed) {
    int m = basis.length;
    int rhs = t[0].length - 1;
    while (true) {
      int enter = -1;
      for (int j = 0; j < allowed; j++) {
        if (t[m][j] < -EPS) {
          enter = j;
          break;
        }
      }
      if (enter < 0) {
        return true;
      }
      int leave = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        if (t[i][enter] > EPS) {
          double ratio = t[i][rhs] / t[i][enter];
          if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
            best = ratio;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        return false;
      }
      pivot(t, basis, leave, enter);
    }
  }

  private static void pivot(double[][] t, int[] basis, int row, int col) {
    double p = t[row][col];
    for (int j = 0; j < t[row].length; j++) {
      t[row][j] /= p;
    }
    for (int i = 0; i < t.length; i++) {
      if (i != row && t[i][col] != 0) {
        double f = t[i][col];
        for (int j = 0; j < t[i].length; j++) {
          t[i][j] -= f * t[row][j];
        }
      }
    }
    basis[row] = col;
  }
}
