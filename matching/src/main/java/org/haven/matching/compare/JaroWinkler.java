package org.haven.matching.compare;

/**
 * Jaro-Winkler similarity on char arrays without allocation (it runs millions of times per second). The
 * Winkler prefix boost applies only when Jaro exceeds 0.7, as in the textbook definition and commons-text.
 */
public final class JaroWinkler {
  private static final ThreadLocal<boolean[][]> FLAGS = ThreadLocal.withInitial(() -> new boolean[2][64]);

  private JaroWinkler() {}

  public static double similarity(char[] a, char[] b) {
    int la = a.length;
    int lb = b.length;
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    boolean[][] flags = FLAGS.get();
    if (flags[0].length < la || flags[1].length < lb) {
      flags = new boolean[][] {new boolean[Math.max(la, 64)], new boolean[Math.max(lb, 64)]};
      FLAGS.set(flags);
    }
    boolean[] fa = flags[0];
    boolean[] fb = flags[1];
    java.util.Arrays.fill(fa, 0, la, false);
    java.util.Arrays.fill(fb, 0, lb, false);
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!fb[j] && a[i] == b[j]) {
          fa[i] = true;
          fb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (fa[i]) {
        while (!fb[k]) {
          k++;
        }
        if (a[i] != b[k]) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    if (jaro <= 0.7) {
      return jaro;
    }
    int prefix = 0;
    int maxPrefix = Math.min(4, Math.min(la, lb));
    while (prefix < maxPrefix && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  public static double similarity(String a, String b) {
    return similarity(a.toCharArray(), b.toCharArray());
  }
}
