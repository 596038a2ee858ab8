package org.haven.matching.compare;

import org.haven.matching.normalize.Token;

/**
 * The agreement pattern of one pair: a level per field ({@link #MISSING} when either side lacks the value)
 * and, for name fields, the agreeing token, whose frequency adjusts the weight. Reused per thread.
 */
public final class Comparison {
  public static final int MISSING = -1;
  private static final int MISSING_DIGIT = Field.MAX_LEVELS;
  private static final int BASE = Field.MAX_LEVELS + 1;

  public final int[] level = new int[Field.ALL.length];
  public final Token[] agreeing = new Token[Field.ALL.length];
  /** Whether given and family names were read swapped. */
  public boolean swapped;
  /**
   * Whether the father's name, missing here because its first name is the family name that agreed, agrees in
   * a further part as well (the grandfather's name of a Somali, Eritrean or South Sudanese child), which the
   * family name does not tell.
   */
  public boolean grandfatherAgrees;
  /**
   * Nationality whose name frequencies weigh agreement on the parents' names: the first description's, else
   * the second's; null when neither records one.
   */
  public String community;

  /**
   * Pattern as one number (one digit per field in base {@link Field#MAX_LEVELS} + 1, missing as the highest
   * digit), used to count identical patterns during estimation.
   */
  public long patternKey() {
    long k = 0;
    for (int l : level) {
      k = k * BASE + (l < 0 ? MISSING_DIGIT : l);
    }
    return k;
  }

  public static int[] decode(long key) {
    int[] out = new int[Field.ALL.length];
    for (int i = out.length - 1; i >= 0; i--) {
      int v = (int) (key % BASE);
      out[i] = v == MISSING_DIGIT ? MISSING : v;
      key /= BASE;
    }
    return out;
  }
}
