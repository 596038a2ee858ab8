package org.haven.matching.block;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.haven.matching.model.Profile;
import org.haven.matching.normalize.Token;

/**
 * The union of blocking keys of a profile. Two profiles become candidates when they share a key. Keys are
 * symmetric (the same function for indexed and queried records), so a benchmark can compute pairs
 * completeness from them directly:
 * <ul>
 *   <li>{@code t:} the skeleton of each name part (also the father's first name). A compound written as one word
 *       (Gulagha, Gul Agha) has no key of its own: at 1,000,000 records such keys brought matches that were
 *       right only three times in four, and the family name, the father's name or the phonetic keys
 *       already bring the pair together;</li>
 *   <li>{@code p:} each unordered pair of name-part skeletons, tolerant of swaps and dropped parts;</li>
 *   <li>{@code y:} each name-part skeleton with birth year (a window of years here added a third of all
 *       postings and no pairs that the phonetic keys and the single parts did not already bring);</li>
 *   <li>{@code d:} the Double Metaphone code of each given or family name part with birth year, in a window
 *       so that keys meet within two years, which survives a typo that changes the skeleton.</li>
 * </ul>
 * Single-part keys of very common names are too large to scan; the index skips them and relies on the
 * combined keys.
 */
public final class BlockingKeys {
  private static final int MAX_PARTS = 6;

  private BlockingKeys() {}

  public static List<String> of(Profile p) {
    Set<String> out = new LinkedHashSet<>();
    List<String> parts = new ArrayList<>();
    for (Token t : p.namesAndFather) {
      String k = key(t);
      if (!k.isEmpty() && !parts.contains(k) && parts.size() < MAX_PARTS) {
        parts.add(k);
      }
    }
    for (String k : parts) {
      out.add("t:" + k);
    }
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        String a = parts.get(i);
        String b = parts.get(j);
        out.add(a.compareTo(b) < 0 ? "p:" + a + "|" + b : "p:" + b + "|" + a);
      }
    }
    if (p.birth != null) {
      int year = p.birth.year();
      for (Token t : p.names) {
        String k = key(t);
        if (k.isEmpty()) {
          continue;
        }
        out.add("y:" + k + ":" + year);
      }
      addPhonetic(p.given, year, out);
      addPhonetic(p.family, year, out);
    }
    return new ArrayList<>(out);
  }

  private static void addPhonetic(Token[] tokens, int year, Set<String> out) {
    for (Token t : tokens) {
      if (t.phonetic.length() >= 2) {
        for (int y = year - 1; y <= year + 1; y++) {
          out.add("d:" + t.phonetic + ":" + y);
        }
      }
    }
  }

  /**
   * How much sharing the key counts when candidates are ranked, as a factor of its inverse frequency. Keys
   * with a birth year repeat the name keys once more per name part (and the phonetic ones come in windows of
   * three): counted in full they made the birth year outweigh everything else, and a child whose birth year
   * one record left out ranked below every namesake of the right age (at 1,000,000 records 71% of true pairs
   * were among the best 200 candidates; 77% at this weight). The birth date is weighed once, by the index's
   * prior on birth date and sex.
   */
  public static float weight(String key) {
    char kind = key.isEmpty() ? ' ' : key.charAt(0);
    return kind == 'y' || kind == 'd' ? 0.15f : 1f;
  }

  /** Whether the key is a single name part, the least selective kind (see {@code t:} above). */
  public static boolean isSinglePart(String key) {
    return key.startsWith("t:");
  }

  /** Blocking form of one name part: the skeleton of its variant group, or its spelling when too short. */
  public static String key(Token t) {
    return t.skeleton.length() >= 2 ? t.skeleton : t.canonical;
  }
}
