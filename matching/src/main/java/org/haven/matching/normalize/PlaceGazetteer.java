package org.haven.matching.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Place-name aliases (Aleppo, Halab, Alep; Kharkiv, Kharkov, Харків) mapped to one canonical key. */
public final class PlaceGazetteer {
  private final Map<String, String> canonicalByAlias = new HashMap<>();

  public void addPlace(List<String> aliases) {
    List<String> keys = aliases.stream().map(PlaceGazetteer::key).filter(k -> !k.isEmpty()).toList();
    if (keys.isEmpty()) {
      return;
    }
    String head = canonicalByAlias.getOrDefault(keys.get(0), keys.get(0));
    for (String k : keys) {
      canonicalByAlias.putIfAbsent(k, head);
    }
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
