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
 *   <li>{@code d:} the Double Metaphone code of each given or family name part with birth year, which survives
 *       a typo that changes the skeleton. A description is indexed under its own year only and a query looks
 *       up the year before and after too ({@link #query}), so that keys meet within a year.</li>
 * </ul>
 * Single-part keys of very common names are too large to scan; the index skips them and relies on the
 * combined keys.
 */
public final class BlockingKeys {
  private static final int MAX_PARTS = 6;

  private BlockingKeys() {}

  /** The keys a description is indexed under. */
  public static List<String> of(Profile p) {
    Set<String> out = skeletonKeys(p);
    if (p.birth != null) {
      for (String code : phoneticCodes(p)) {
        out.add(phoneticKey(code, p.birth.year()));
      }
    }
    return new ArrayList<>(out);
  }

  /** Keys a query looks up, each with the factor its inverse frequency counts with. */
  public record Query(List<String> keys, float[] weights) {
    /** Keys weighted by their kind alone ({@link #weight}). */
    public static Query byKind(List<String> keys) {
      float[] weights = new float[keys.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = weight(keys.get(i));
      }
      return new Query(keys, weights);
    }
  }

  /** Years on either side of its own under which a query looks up a phonetic key. */
  private static final int PHONETIC_YEARS = 1;

  /**
   * The keys a query looks up: the keys it would be indexed under, with each phonetic key also looked up in
   * the years around its own, weighted less the further off (twice the other birth-year keys' weight for the
   * same year, once for a year apart). Indexing every description under a window of three years instead made
   * the phonetic lists three times as long: three in five of all postings scanned at 1,000,000 records. It
   * also let keys meet two years apart; looking up two years either way here brought at 1,000,000 records
   * 83.7% of true pairs among the candidates instead of 83.4%, for 10,056 candidates touched per query
   * instead of 7,459, and fewer true pairs among the rows written.
   */
  public static Query query(Profile p) {
    List<String> keys = new ArrayList<>(skeletonKeys(p));
    int skeletal = keys.size();
    List<String> codes = p.birth == null ? List.of() : phoneticCodes(p);
    float[] weights = new float[skeletal + codes.size() * (2 * PHONETIC_YEARS + 1)];
    for (int i = 0; i < skeletal; i++) {
      weights[i] = weight(keys.get(i));
    }
    for (String code : codes) {
      int year = p.birth.year();
      for (int y = year - PHONETIC_YEARS; y <= year + PHONETIC_YEARS; y++) {
        weights[keys.size()] = BIRTH_YEAR_WEIGHT * (PHONETIC_YEARS + 1 - Math.abs(y - year));
        keys.add(phoneticKey(code, y));
      }
    }
    return new Query(keys, weights);
  }

  /** The name-part, pair and name-with-birth-year keys: all but the phonetic ones. */
  private static Set<String> skeletonKeys(Profile p) {
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
        if (!k.isEmpty()) {
          out.add("y:" + k + ":" + year);
        }
      }
    }
    return out;
  }

  /** Distinct Double Metaphone codes of the given and family name parts, given names first. */
  private static List<String> phoneticCodes(Profile p) {
    Set<String> codes = new LinkedHashSet<>();
    for (Token[] part : List.of(p.given, p.family)) {
      for (Token t : part) {
        if (t.phonetic.length() >= 2) {
          codes.add(t.phonetic);
        }
      }
    }
    return new ArrayList<>(codes);
  }

  private static String phoneticKey(String code, int year) {
    return "d:" + code + ":" + year;
  }

  /** Factor of the keys with a birth year ({@link #weight}). */
  private static final float BIRTH_YEAR_WEIGHT = 0.15f;

  /**
   * How much sharing the key counts when candidates are ranked, as a factor of its inverse frequency. Keys
   * with a birth year repeat the name keys once more per name part (and the phonetic ones then came in windows
   * of three years): counted in full they made the birth year outweigh everything else, and a child whose birth year
   * one record left out ranked below every namesake of the right age (at 1,000,000 records 71% of true pairs
   * were among the best 200 candidates; 77% at this weight). The birth date is weighed once, by the index's
   * prior on birth date and sex.
   */
  public static float weight(String key) {
    char kind = key.isEmpty() ? ' ' : key.charAt(0);
    return kind == 'y' || kind == 'd' ? BIRTH_YEAR_WEIGHT : 1f;
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
