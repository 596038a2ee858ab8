package org.haven.synth;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers shared by the renderers. */
final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  /** Capitalises each word; Arabic articles and Spanish particles inside a name stay lower case. */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (start && Character.isLetter(c)) {
        boolean particle = i > 0 && (s.startsWith("al-", i) || s.startsWith("el-", i) || s.startsWith("de ", i)
            || s.startsWith("del ", i) || s.startsWith("bin ", i));
        b.append(particle ? c : Character.toUpperCase(c));
        start = false;
      } else {
        b.append(c);
        if (c == ' ' || c == '-' || c == '\'') start = true;
      }
    }
    return b.toString();
  }

  static String stripAccents(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(p);
    }
    return b.toString();
  }
}
