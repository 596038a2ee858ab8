package org.haven.matching;

import java.util.Set;

/**
 * Keys of a name for an application's own simple fuzzy search, for example a database column searched with
 * {@code IN}: the normalised spelling of each part, its variant group, its consonant skeleton
 * ({@code ~mhmd}) and its Double Metaphone code ({@code #MHMT}). Spellings of one name in different scripts
 * and transliterations share keys.
 */
public final class NameKeys {
  private static final MatchIndex SHARED = new MatchIndex(Knowledge.defaults());

  private NameKeys() {}

  /** Keys of a full name in any script, with the shipped knowledge. */
  public static Set<String> of(String name) {
    return SHARED.nameKeys(name);
  }
}
