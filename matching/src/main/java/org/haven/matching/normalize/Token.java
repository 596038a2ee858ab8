package org.haven.matching.normalize;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One distinct normalised name token with everything the comparators need, computed once. Descriptions hold
 * references to shared tokens, so equal spellings compare by identity.
 */
public final class Token {
  /** Distinct per table; lets comparisons of two tokens be cached. */
  public final int id;
  public final String text;
  public final char[] chars;
  /** Spelling of its variant group (Mohammed for Mehmet), or the token itself. */
  public final String canonical;
  /** Consonant skeleton of the canonical spelling; equal for most transliterations of one name. */
  public final String skeleton;
  public final char[] skeletonChars;
  /**
   * Skeleton without a glued Arabic article (Alzoubi, Elhassan) or a Somali initial ayn written c (Cilmi),
   * which plain rules cannot strip safely (Alexander, Carlos); empty when there is none.
   */
  public final String altSkeleton;
  /** Written without vowels, as names transliterated from Arabic script are; short skeletons still count. */
  public final boolean vowelless;
  /** Double Metaphone code of the token; catches what skeletons miss after a typo in a vowel-like letter. */
  public final String phonetic;
  /** How many indexed descriptions use this variant group; shared by all spellings of the group. */
  public final AtomicInteger groupCount;

  Token(int id, String text, String canonical, String skeleton, String phonetic, AtomicInteger groupCount) {
    this.id = id;
    this.text = text;
    this.chars = text.toCharArray();
    this.canonical = canonical;
    this.skeleton = skeleton;
    this.skeletonChars = skeleton.toCharArray();
    this.altSkeleton = alternative(text);
    this.vowelless = vowelless(text);
    this.phonetic = phonetic;
    this.groupCount = groupCount;
  }

  private static String alternative(String t) {
    if (t.length() >= 6 && (t.startsWith("al") || t.startsWith("el"))) {
      return Skeleton.of(t.substring(2));
    }
    if (t.length() >= 4 && t.charAt(0) == 'c' && "aeiou".indexOf(t.charAt(1)) >= 0) {
      return Skeleton.of(t.substring(1));
    }
    return "";
  }

  private static boolean vowelless(String t) {
    for (int i = 1; i < t.length(); i++) {
      if ("aeiou".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
