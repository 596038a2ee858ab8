package org.haven.matching.normalize;

/**
 * Vowel-free consonant skeleton of a normalised Latin token. Arabic script writes no short vowels, so Latin
 * spellings of one Arabic name differ mostly in vowels (muhammad, mohammed, ICU's "mhmd"); transliteration
 * conventions differ in a few consonant clusters (sh/ch/sch/sz/sj, kh/h, dj/j, ou/u/w, v/w, Somali x/h) that
 * are folded here too.
 */
public final class Skeleton {
  private static final java.util.regex.Pattern SOFT_C = java.util.regex.Pattern.compile("c(?=[eiy])");
  private Skeleton() {}

  public static String of(String token) {
    String s = fold(token);
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0) {
        c = isVowel(c) ? 'a' : c;
      } else if (isVowel(c) || c == 'w' || c == 'y' || c == 'v') {
        last = 0;
        continue;
      }
      if (c != last) {
        out.append(c);
      }
      last = c;
    }
    int n = out.length();
    if (n > 1 && out.charAt(n - 1) == 'h') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /**
   * The spelling with its vowels, read through the same consonant conventions and a few vowel and doubling
   * ones of Latin transliteration (w and v, y and i, ee and i, oo and ou and u, doubled letters, a final h
   * after a vowel): Hamvi and Hamwi, Haddad and Hadad, Reem and Rim, Fatimah and Fatima. Unlike the
   * skeleton it keeps the vowels, so it joins spellings of one name where the skeleton is too short to
   * tell (Mona and Muna share a skeleton, not a spelling).
   */
  public static String spelling(String token) {
    String s = fold(token);
    if (s.length() > 1) {
      s = s.charAt(0) + s.substring(1).replace('w', 'v').replace('y', 'i');
    }
    s = s.replace("ee", "i").replace("oo", "u").replace("ou", "u");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0 || c != s.charAt(i - 1)) {
        out.append(c);
      }
    }
    int n = out.length();
    if (n > 2 && out.charAt(n - 1) == 'h' && isVowel(out.charAt(n - 2))) {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static String fold(String t) {
    String s = t;
    // Polish sz and cz are sh and ch (Szewczuk, Kowalczuk); Dutch sj is sh (Sjarif).
    s = s.replace("szcz", "shch").replace("sz", "sh").replace("cz", "ch").replace("sj", "sh");
    s = s.replace("dsch", "j").replace("tsch", "s").replace("sch", "s").replace("tch", "s").replace("sh", "s").replace("ch", "s")
        .replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("kh", "h").replace("gh", "g")
        .replace("ph", "f").replace("th", "t").replace("dh", "d").replace("ck", "k").replace('q', 'k');
    // French and Spanish spellings write the s sound as c before e and i (Hacen, Yacine, Kacem, Cecilia).
    s = SOFT_C.matcher(s).replaceAll("s").replace('c', 'k').replace('z', 's');
    // Somali writes the pharyngeal h as x (Xasan, Xaliimo); elsewhere x is ks (Alexander, Oleksandr).
    s = (s.startsWith("x") ? "h" + s.substring(1) : s).replace("x", "ks");
    if (!s.isEmpty() && s.charAt(0) == 'w') {
      s = 'v' + s.substring(1);
    }
    // German and Polish write j for the y sound at the start of Slavic and Arabic names (Jusuf, Jelyzaweta).
    if (!s.isEmpty() && s.charAt(0) == 'j') {
      s = 'y' + s.substring(1);
    }
    return s;
  }
}
