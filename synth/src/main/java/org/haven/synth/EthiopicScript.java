package org.haven.synth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a Tigrinya or Amharic name given in Latin letters in the Ethiopic syllabary (fidel), the way a parent
 * in Eritrea or Ethiopia writes it: one syllable sign per consonant with its vowel order, gemination unmarked.
 */
final class EthiopicScript {
  private static final Map<String, Integer> ROWS = Map.ofEntries(
      Map.entry("h", 0x1200), Map.entry("l", 0x1208), Map.entry("m", 0x1218), Map.entry("r", 0x1228),
      Map.entry("s", 0x1230), Map.entry("sh", 0x1238), Map.entry("q", 0x1240), Map.entry("b", 0x1260),
      Map.entry("v", 0x1268), Map.entry("t", 0x1270), Map.entry("ch", 0x1278), Map.entry("n", 0x1290),
      Map.entry("ny", 0x1298), Map.entry("k", 0x12A8), Map.entry("c", 0x12A8), Map.entry("kh", 0x12B8),
      Map.entry("w", 0x12C8), Map.entry("z", 0x12D8), Map.entry("zh", 0x12E0), Map.entry("y", 0x12E8),
      Map.entry("d", 0x12F0), Map.entry("j", 0x1300), Map.entry("g", 0x1308), Map.entry("gh", 0x1308),
      Map.entry("ts", 0x1338), Map.entry("f", 0x1348), Map.entry("ph", 0x1348), Map.entry("p", 0x1350),
      Map.entry("th", 0x1270), Map.entry("x", 0x12A8));
  private static final int GLOTTAL = 0x12A0;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private EthiopicScript() {}

  static String write(String latin) {
    return CACHE.computeIfAbsent(latin, EthiopicScript::convert);
  }

  private static String convert(String latin) {
    String s = Text.stripAccents(latin).toLowerCase().replace("-", " ");
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') { b.append(' '); i++; continue; }
      if (!Character.isLetter(c)) { i++; continue; }
      int row;
      if ("aeiou".indexOf(c) >= 0) {
        boolean afterVowel = i > 0 && "aeiou".indexOf(s.charAt(i - 1)) >= 0;
        if (afterVowel && c == 'i') row = ROWS.get("y");
        else if (afterVowel && c == 'u') row = ROWS.get("w");
        else row = GLOTTAL;
        if (row != GLOTTAL) { b.appendCodePoint(row + 5); i++; continue; }
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (ROWS.containsKey(two)) { row = ROWS.get(two); i += 2; }
        else { row = ROWS.getOrDefault(String.valueOf(c), GLOTTAL); i++; }
        while (i < s.length() && s.charAt(i) == c) i++;
      }
      int order = 5;
      if (i < s.length()) {
        char v = s.charAt(i);
        if (v == 'i' && i + 1 < s.length() && s.charAt(i + 1) == 'e') { order = 4; i += 2; }
        else {
          int k = "euiaeo".indexOf(v);
          if (k >= 0) { order = switch (v) { case 'e' -> 0; case 'u' -> 1; case 'i' -> 2; case 'a' -> 3; default -> 6; }; i++; }
        }
      }
      b.appendCodePoint(row + order);
    }
    return b.toString();
  }
}
