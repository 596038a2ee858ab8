package org.haven.matching.compare;

import org.haven.matching.normalize.Token;

/**
 * Agreement levels between name tokens, from the same spelling down to disagreement. Variant groups and
 * skeletons come first because plain string similarity misses most transliterations (muhammad/mohammed
 * scores only 0.85).
 */
public final class NameLevels {
  public static final int EXACT = 0;
  public static final int VARIANT = 1;
  public static final int CLOSE = 2;
  public static final int SIMILAR = 3;
  public static final int DIFFERENT = 4;
  public static final int COUNT = 5;

  private NameLevels() {}

  private static final ThreadLocal<LevelCache> CACHE = ThreadLocal.withInitial(LevelCache::new);

  public static int level(Token a, Token b) {
    return level(a, b, CACHE.get());
  }

  static LevelCache cache() {
    return CACHE.get();
  }

  static int level(Token a, Token b, LevelCache cache) {
    if (a == b) {
      return EXACT;
    }
    int cached = cache.get(a.id, b.id);
    if (cached >= 0) {
      return cached;
    }
    int level = compute(a, b);
    cache.put(a.id, b.id, level);
    return level;
  }

  private static int compute(Token a, Token b) {
    if (a.canonical.equals(b.canonical)) {
      return VARIANT;
    }
    if (a.known && b.known) {
      return knownDifferentNames(a, b);
    }
    // Where a skeleton is too short to join two spellings (Hamvi and Hamwi keep only h-m), the spelling with
    // its vowels, read through transliteration conventions, still can.
    if (a.spelling.length() >= 3 && a.spelling.equals(b.spelling)) {
      return genderedPair(a.chars, b.chars) ? SIMILAR : VARIANT;
    }
    boolean longEnough = a.skeleton.length() >= 3 || a.vowelless || b.vowelless;
    if (longEnough && a.skeleton.length() >= 2 && a.skeleton.equals(b.skeleton)) {
      return genderedPair(a.chars, b.chars) ? SIMILAR : VARIANT;
    }
    int readingLength = sharedReading(a, b);
    if (readingLength >= 3 || (readingLength == 2 && (a.vowelless || b.vowelless))) {
      return genderedPair(a.chars, b.chars) ? SIMILAR : VARIANT;
    }
    if (readingLength == 2) {
      // A reading that leaves two consonants (Alzoubi and Zoubi, Siciid and Said) fits more names.
      return CLOSE;
    }
    double jw = JaroWinkler.similarity(a.chars, b.chars);
    if (jw >= 0.92) {
      return CLOSE;
    }
    if (a.phonetic.length() >= 3 && a.phonetic.equals(b.phonetic)) {
      return CLOSE;
    }
    // One letter typed for another in a name of five letters or more (Niuri and Niori) is a slip, which string
    // similarity rates below a close spelling where the letter is early in the name. On the data of both
    // generators it raised recall of `match` by up to 0.005 (d1 0.418 to 0.423, i5 0.840 to 0.842); precision
    // moved by 0.001 at most.
    if (a.chars.length >= 5 && oneLetterApart(a.chars, b.chars)) {
      return CLOSE;
    }
    if (jw >= 0.84) {
      return SIMILAR;
    }
    if (a.skeleton.length() >= 3 && b.skeleton.length() >= 3
        && JaroWinkler.similarity(a.skeletonChars, b.skeletonChars) >= 0.9) {
      return SIMILAR;
    }
    // Two consonants in common with other vowels (Mona and Muna, Dana and Dina) fit several names, so they
    // make the names similar, not variants.
    if (a.skeleton.length() >= 2 && a.skeleton.equals(b.skeleton)) {
      return SIMILAR;
    }
    if (oneLetterApart(a.chars, b.chars)) {
      return SIMILAR;
    }
    return DIFFERENT;
  }

  /**
   * One letter typed for another (Aki for Ali), which string similarity rates low on three letters: similar in
   * a short name, close from five letters on. Reached only when at least one spelling is not in the knowledge:
   * names it holds are compared as names ({@link #knownDifferentNames}). In short names, on generated
   * requests, it raised recall of `match` by 0.001-0.004.
   */
  static boolean oneLetterApart(char[] a, char[] b) {
    if (a.length != b.length || a.length < 3) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i] && ++diff > 1) {
        return false;
      }
    }
    return diff == 1;
  }

  /**
   * Two spellings the knowledge puts in different groups are different names, however alike their consonants:
   * Hassan and Hussein, Muhammad and Mahmoud, Said and Saad. They stay similar when they look or sound alike,
   * since a registrar may still have written one for the other.
   */
  private static int knownDifferentNames(Token a, Token b) {
    boolean alike = JaroWinkler.similarity(a.chars, b.chars) >= 0.84
        || (a.phonetic.length() >= 3 && a.phonetic.equals(b.phonetic))
        || (a.skeleton.length() >= 2 && a.skeleton.equals(b.skeleton));
    return alike ? SIMILAR : DIFFERENT;
  }

  /**
   * Length of the longest skeleton that two tokens share through their other readings (one token's
   * reading against the other's skeleton or readings), 0 when none.
   */
  static int sharedReading(Token a, Token b) {
    int best = 0;
    for (String r : a.readings) {
      if (r.length() > best && b.readsAs(r)) {
        best = r.length();
      }
    }
    for (String r : b.readings) {
      if (r.length() > best && r.equals(a.skeleton)) {
        best = r.length();
      }
    }
    return best;
  }

  /**
   * Fernando and Fernanda, Oleksandr and Oleksandra share a skeleton but are different people; in Latin
   * spellings (with vowels written) a final "a" against another ending marks the feminine form.
   */
  static boolean genderedPair(char[] a, char[] b) {
    if (vowels(a) < 2 || vowels(b) < 2) {
      return false;
    }
    char ea = a[a.length - 1];
    char eb = b[b.length - 1];
    return ea != eb && (ea == 'a' || eb == 'a') && ea != 'h' && eb != 'h';
  }

  private static int vowels(char[] t) {
    int n = 0;
    for (char c : t) {
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
        n++;
      }
    }
    return n;
  }

  /**
   * Best level of any token of {@code field} against any token of {@code pool}; the winning token of
   * {@code field} is left in {@code best[0]} for term-frequency weighting.
   */
  public static int bestLevel(Token[] field, Token[] pool, Token[] best) {
    return bestLevel(field, pool, best, CACHE.get());
  }

  static int bestLevel(Token[] field, Token[] pool, Token[] best, LevelCache cache) {
    int level = DIFFERENT;
    Token winner = null;
    for (Token a : field) {
      for (Token b : pool) {
        int l = level(a, b, cache);
        if (l < level || winner == null) {
          if (l < level) {
            level = l;
          }
          winner = a;
          if (l == EXACT) {
            best[0] = a;
            return EXACT;
          }
        }
      }
    }
    best[0] = winner;
    return level;
  }

  /** Best level of one token against any token of {@code pool}. */
  public static int bestLevel(Token a, Token[] pool) {
    return bestLevel(a, pool, CACHE.get());
  }

  static int bestLevel(Token a, Token[] pool, LevelCache cache) {
    int level = DIFFERENT;
    for (Token b : pool) {
      level = Math.min(level, level(a, b, cache));
      if (level == EXACT) {
        break;
      }
    }
    return level;
  }
}
