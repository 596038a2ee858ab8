package org.haven.cases;

import com.ibm.icu.text.Transliterator;

/**
 * The Latin form of a name written in another script, so that every caseworker can read it. Names
 * already in Latin script are left as written.
 */
final class LatinNames {
  // ICU transliterators are not safe for concurrent use; one per thread keeps them cheap to reuse.
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private LatinNames() {}

  static String of(String name) {
    if (name == null || isLatin(name)) {
      return null;
    }
    return TO_LATIN.get().transliterate(name);
  }

  private static boolean isLatin(String text) {
    return text.codePoints().filter(Character::isLetter)
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }
}
