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
  /** Consonant skeleton of the spelling itself, before its variant group is looked up. */
  public final String ownSkeleton;
  /**
   * Skeletons of the other ways the spelling may be read ({@link Readings}: a glued article, a Somali ayn
   * written c, German kh written ch), and of the spelling itself when its variant group's differs: Osman
   * is in Othman's group, yet its own skeleton is that of Cismaan read without the ayn. Never the skeleton.
   */
  public final String[] readings;
  /** The spelling read through the conventions of Latin transliteration, vowels kept ({@link Skeleton#spelling}). */
  public final String spelling;
  /** Spelled as in a variant group of the knowledge, so its group is a known name, not a guess. */
  public final boolean known;
  /**
   * Written without short vowels: typed so, or transliterated from Arabic script, which writes only the long
   * ones; short skeletons still count.
   */
  public final boolean vowelless;
  /** Double Metaphone code of the token; catches what skeletons miss after a typo in a vowel-like letter. */
  public final String phonetic;
  /** How many indexed descriptions use this variant group; shared by all spellings of the group. */
  public final AtomicInteger groupCount;

  Token(int id, String text, boolean known, String canonical, String skeleton, String ownSkeleton,
      String[] readings, String phonetic, AtomicInteger groupCount, boolean abjad) {
    this.id = id;
    this.text = text;
    this.known = known;
    this.chars = text.toCharArray();
    this.canonical = canonical;
    this.skeleton = skeleton;
    this.skeletonChars = skeleton.toCharArray();
    this.ownSkeleton = ownSkeleton;
    this.readings = readings;
    this.spelling = Skeleton.spelling(text);
    this.vowelless = abjad || vowelless(text);
    this.phonetic = phonetic;
    this.groupCount = groupCount;
  }

  /**
   * Whether the token, read as its variant group or in any other way (its own spelling included), has this
   * skeleton.
   */
  public boolean readsAs(String otherSkeleton) {
    if (skeleton.equals(otherSkeleton)) {
      return true;
    }
    for (String r : readings) {
      if (r.equals(otherSkeleton)) {
        return true;
      }
    }
    return false;
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
