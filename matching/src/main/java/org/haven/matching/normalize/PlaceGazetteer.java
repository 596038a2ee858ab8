package org.haven.matching.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Place-name aliases (Aleppo, Halab, Alep; Kharkiv, Kharkov, Харків) mapped to one canonical key, and, where
 * a deployment has its administrative hierarchy, which place lies within which (Juticalpa in Olancho).
 * Thread-safe: an application adds its own gazetteer while descriptions are being read.
 */
public final class PlaceGazetteer {
  /** Deeper than any administrative hierarchy: stops a walk should the data ever hold a cycle. */
  private static final int MAX_DEPTH = 10;
  private final Map<String, String> canonicalByAlias = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> parentsByCanonical = new ConcurrentHashMap<>();
  private final Set<String> kindsOfPlace = ConcurrentHashMap.newKeySet();
  private final AtomicInteger version = new AtomicInteger();

  public void addPlace(List<String> aliases) {
    List<String> keys = aliases.stream().map(PlaceGazetteer::key).filter(k -> !k.isEmpty()).toList();
    if (keys.isEmpty()) {
      return;
    }
    String head = canonicalByAlias.getOrDefault(keys.get(0), keys.get(0));
    for (String k : keys) {
      canonicalByAlias.putIfAbsent(k, head);
    }
    version.incrementAndGet();
  }

  /**
   * Records a word that says what kind of place a name is (town, camp, district), not which place, as the
   * name parser folds it.
   */
  public void addKindOfPlace(String word) {
    kindsOfPlace.add(word);
    version.incrementAndGet();
  }

  /** Whether a word of a place name, folded as the name parser folds it, only says what kind of place it is. */
  public boolean kindOfPlace(String word) {
    return kindsOfPlace.contains(word);
  }

  /** Records that {@code place} lies within {@code parent} (a district in its province, a town in its district). */
  public void addWithin(String place, String parent) {
    String child = canonical(place);
    String container = canonical(parent);
    if (child.isEmpty() || container.isEmpty() || child.equals(container)) {
      return;
    }
    parentsByCanonical.computeIfAbsent(child, k -> ConcurrentHashMap.newKeySet()).add(container);
    version.incrementAndGet();
  }

  /**
   * Canonical keys of the places the given one lies within, nearest first; several when one name stands for
   * units in different places.
   */
  public List<String> containers(String canonical) {
    List<String> out = new ArrayList<>();
    List<String> level = List.of(canonical);
    for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String place : level) {
        for (String parent : parentsByCanonical.getOrDefault(place, Set.of())) {
          if (!parent.equals(canonical) && !out.contains(parent)) {
            out.add(parent);
            next.add(parent);
          }
        }
      }
      level = next;
    }
    return out;
  }

  /** Changes with every addition, so that what was read from an older state can be read again. */
  public int version() {
    return version.get();
  }

  /** Canonical key of a place as written: the known place if any, else its own folded spelling. */
  public String canonical(String placeText) {
    String k = key(placeText);
    String known = canonicalByAlias.get(k);
    if (known != null) {
      return known;
    }
    // "Aleppo, Syria" or "near Halab": a known part names the place better than the whole text.
    for (String part : placeText.split("[,;/()]|\\s+")) {
      String p = canonicalByAlias.get(key(part));
      if (p != null) {
        return p;
      }
    }
    return k;
  }

  public int size() {
    return canonicalByAlias.size();
  }

  /** Folded spelling: Latin, lower case, letters and digits only, words joined without spaces. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String latin = Transliteration.toLatin(text.trim());
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
