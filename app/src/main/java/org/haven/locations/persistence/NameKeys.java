package org.haven.locations.persistence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded spelling that search compares: no accents or other combining marks (which also drops Arabic
 * hamza and vowel signs), lower case, punctuation as single spaces. "Saint-Étienne" and "saint etienne"
 * fold alike.
 */
public final class NameKeys {
  private NameKeys() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace('\u0640', ' ')
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
