package org.haven.matching.normalize;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One distinct normalised name token with everything the comparators need, computed once. Descriptions hold
 * references to shared tokens, so equal spellings compare by identity.
 */
public final class Token {
  public final String text;
  public final char[] chars;
  /** Spelling of its variant group (Mohammed for Mehmet), or the token itself. */
  public final String canonical;
  /** Consonant skeleton of the canonical spelling; equal for most transliterations of one name. */
  public final String skeleton;
  public final char[] skeletonChars;
  /** Double Metaphone code of the token; catches what skeletons miss after a typo in a vowel-like letter. */
  public final String phonetic;
  /** How many indexed descriptions use this variant group; shared by all spellings of the group. */
  public final AtomicInteger groupCount;

  Token(String text, String canonical, String skeleton, String phonetic, AtomicInteger groupCount) {
    this.text = text;
    this.chars = text.toCharArray();
    this.canonical = canonical;
    this.skeleton = skeleton;
    this.skeletonChars = skeleton.toCharArray();
    this.phonetic = phonetic;
    this.groupCount = groupCount;
  }

  @Override
  public String toString() {
    return text;
  }
}
