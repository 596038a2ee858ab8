package org.haven.matching.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transliteration variants and nicknames: every spelling in a group maps to the group's first spelling.
 * Plain rules cannot know that Sasha is Oleksandr or that Maxamed is Mohammed.
 */
public final class NameDictionary {
  private final Map<String, String> canonicalBySpelling = new HashMap<>();

  /** Adds one group; spellings already in an earlier group keep their first meaning. */
  public void addGroup(List<String> normalisedSpellings) {
    if (normalisedSpellings.isEmpty()) {
      return;
    }
    String head = canonicalBySpelling.getOrDefault(normalisedSpellings.get(0), normalisedSpellings.get(0));
    for (String spelling : normalisedSpellings) {
      canonicalBySpelling.putIfAbsent(spelling, head);
    }
  }

  /** The group's spelling for a known name, or the token itself. */
  public String canonical(String token) {
    return canonicalBySpelling.getOrDefault(token, token);
  }

  public boolean knows(String token) {
    return canonicalBySpelling.containsKey(token);
  }

  public Set<String> spellings() {
    return canonicalBySpelling.keySet();
  }

  public int size() {
    return canonicalBySpelling.size();
  }
}
