package org.haven.matching.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Other ways a spelling may be read, where the plain rules of {@link Skeleton} cannot decide without
 * breaking other names. Each reading is another spelling of the same name; a token agrees with another when
 * any of their readings agree.
 */
final class Readings {
  private static final Pattern NOT_CH = Pattern.compile("c(?!h)");
  private static final Pattern DOUBLED_VOWEL = Pattern.compile("([aeiou])\\1");

  private Readings() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>(3);
    // A glued Arabic article (Alzoubi, Elhassan); not stripped always, since Alexander and Elena have none.
    if (text.length() >= 6 && (text.startsWith("al") || text.startsWith("el"))) {
      out.add(text.substring(2));
    }
    add(out, text, somaliAyn(text));
    add(out, text, germanOrPolish(text));
    add(out, text, italian(text));
    add(out, text, turkish(text));
    return out;
  }

  private static void add(List<String> out, String text, String reading) {
    if (!reading.equals(text) && !out.contains(reading)) {
      out.add(reading);
    }
  }

  /**
   * Somali writes the ayn as c: at the start (Cali, Cumar, Cismaan) and, in spellings that show other
   * Somali marks (a doubled vowel, an x), between vowels and at the end (Siciid, Ismaaciil, Jaamac). Spanish
   * and Italian names have the same letters in those places (Carlos, Lucia), hence only a reading.
   */
  private static String somaliAyn(String t) {
    boolean marked = t.indexOf('x') >= 0 || DOUBLED_VOWEL.matcher(t).find();
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean ayn = c == 'c' && i + 1 < t.length() && isVowel(t.charAt(i + 1))
          && (i == 0 || marked && isVowel(t.charAt(i - 1)));
      // after a single vowel only: Isaac is not Issa
      boolean finalAyn = c == 'c' && marked && i == t.length() - 1 && i > 1 && isVowel(t.charAt(i - 1))
          && t.charAt(i - 2) != t.charAt(i - 1);
      if (!(ayn && t.length() >= 4) && !finalAyn) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * German and Polish spellings write kh as ch (Chaled, Mychajlo, Charkiw) and y as j (Tesfaje, Ejub,
   * Serhij); English and French read the same letters as in Charles and Jamal.
   */
  private static String germanOrPolish(String t) {
    String s = t.replace("ch", "kh");
    if (s.length() > 1 && s.indexOf('j', 1) > 0 && !s.contains("dj")) {
      s = s.charAt(0) + s.substring(1).replace('j', 'y');
    }
    return s;
  }

  /**
   * Italian spellings write sh as sc, k as ch before e and i, and an initial y as i (Scarmache is Sharmake,
   * Iussuf Yusuf, Ghebremichele's "chele" is kele).
   */
  private static String italian(String t) {
    String s = t.replace("sc", "sh").replace("ch", "k");
    if (s.length() > 2 && s.charAt(0) == 'i' && isVowel(s.charAt(1))) {
      s = 'y' + s.substring(1);
    }
    return s;
  }

  /**
   * Turkish writes j as c (Cemal, Cafer, Cuma) and a final d as t (Ahmet, Mehmet, Hamit); French and Spanish
   * read that c as in Cecilia and Carlos.
   */
  private static String turkish(String t) {
    String s = t.indexOf('c') < 0 ? t : NOT_CH.matcher(t).replaceAll("j");
    return s.length() > 3 && s.endsWith("t") && isVowel(s.charAt(s.length() - 2)) ? s.substring(0, s.length() - 1)
        + "d" : s;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
