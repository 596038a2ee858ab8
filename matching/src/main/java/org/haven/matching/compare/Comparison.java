package org.haven.matching.compare;

import org.haven.matching.normalize.Token;

/**
 * The agreement pattern of one pair: a level per field ({@link #MISSING} when either side lacks the value)
 * and, for name fields, the agreeing token, whose frequency adjusts the weight. Reused per thread.
 */
public final class Comparison {
  public static final int MISSING = -1;

  public final int[] level = new int[Field.ALL.length];
  public final Token[] agreeing = new Token[Field.ALL.length];
  /** Whether given and family names were read swapped. */
  public boolean swapped;
  /**
   * Nationality whose name frequencies weigh agreement on the parents' names: the first description's, else
   * the second's; null when neither records one.
   */
  public String community;

  /** Pattern as one number (base 7, missing as 6), used to count identical patterns during estimation. */
  public long patternKey() {
    long k = 0;
    for (int l : level) {
      k = k * 7 + (l < 0 ? 6 : l);
    }
    return k;
  }

  public static int[] decode(long key) {
    int[] out = new int[Field.ALL.length];
    for (int i = out.length - 1; i >= 0; i--) {
      int v = (int) (key % 7);
      out[i] = v == 6 ? MISSING : v;
      key /= 7;
    }
    return out;
  }
}
