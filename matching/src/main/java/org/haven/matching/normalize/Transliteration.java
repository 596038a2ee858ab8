package org.haven.matching.normalize;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Any script to lower-case ASCII Latin, one word at a time. ICU is slow (about 146k names/s) but names are
 * Zipf-distributed, so caching each distinct word makes the cost negligible.
 */
public final class Transliteration {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final String TAIL = "; Latin-ASCII; Lower";
  private static final ThreadLocal<Transliterator> ANY = rule("Any-Latin" + TAIL);
  // BGN spellings are the ones seen in Western documents (Oleksandr Shevchenko, not Sevcenko).
  private static final ThreadLocal<Transliterator> UKRAINIAN = rule("Ukrainian-Latin/BGN" + TAIL);
  private static final ThreadLocal<Transliterator> RUSSIAN = rule("Russian-Latin/BGN" + TAIL);
  private static final ThreadLocal<Transliterator> ETHIOPIC = rule("Amharic-Latin/BGN" + TAIL);
  /**
   * Letters with a hacek or cedilla stand for a digraph in English-style spellings (Ševčuk is Shevchuk,
   * Çelik Chelik, Ayşe Ayshe); ICU's ASCII folding alone would drop the mark and leave Sevcuk.
   */
  private static final String DIGRAPHS = "š > sh; Š > Sh; ş > sh; Ş > Sh; č > ch; Č > Ch; ç > ch; Ç > Ch;"
      + " ž > zh; Ž > Zh; ż > zh; Ż > Zh; :: Latin-ASCII; :: Lower;";
  private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
      () -> Transliterator.createFromRules("Latin-Digraphs-ASCII", DIGRAPHS, Transliterator.FORWARD));
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private Transliteration() {}

  private static ThreadLocal<Transliterator> rule(String id) {
    return ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
  }

  /** Lower-case ASCII rendering of one word (or a whole phrase; it is split on spaces and cached per word). */
  public static String toLatin(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (isPlainAscii(text)) {
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    String nfc = NFC.normalize(text);
    if (nfc.indexOf(' ') < 0) {
      return CACHE.computeIfAbsent(nfc, Transliteration::transliterateWord);
    }
    StringBuilder out = new StringBuilder(nfc.length());
    for (String word : nfc.split("\\s+")) {
      if (!word.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(CACHE.computeIfAbsent(word, Transliteration::transliterateWord));
      }
    }
    return out.toString();
  }

  /** True when the word is in a script with no written short vowels, so its Latin form is a skeleton. */
  public static boolean isAbjad(String text) {
    for (int i = 0; i < text.length(); i++) {
      int script = UScript.getScript(text.charAt(i));
      if (script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC) {
        return true;
      }
    }
    return false;
  }

  /** True when the text holds a letter of the Latin alphabet (a name written partly in Latin letters). */
  public static boolean hasLatinLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (UScript.getScript(text.charAt(i)) == UScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String transliterateWord(String word) {
    int script = dominantScript(word);
    String latin;
    switch (script) {
      case UScript.ARABIC -> latin = ANY.get().transliterate(prepareArabic(word));
      case UScript.CYRILLIC -> latin = (isUkrainian(word) ? UKRAINIAN : RUSSIAN).get().transliterate(word);
      case UScript.ETHIOPIC -> latin = ETHIOPIC.get().transliterate(word);
      case UScript.LATIN, UScript.COMMON, UScript.INHERITED -> latin = LATIN.get().transliterate(word);
      default -> latin = ANY.get().transliterate(word);
    }
    return latin;
  }

  /**
   * Ta marbuta is silent at the end of a name (Fatima, Fatimah), the initial ayn is heard as a vowel (Abd,
   * Ali) and alif maqsura is a long a; ICU renders them as t, an apostrophe and y.
   */
  private static String prepareArabic(String word) {
    String w = word.replace('\u0629', '\u0647').replace('\u0649', '\u0627').replace("\u200c", "");
    if (isPersian(w)) {
      // Dari and Pashto pronounce these Arabic letters as z and s; Latin spellings follow the sound.
      w = w.replace('\u0630', '\u0632').replace('\u0636', '\u0632').replace('\u0638', '\u0632')
          .replace('\u062b', '\u0633').replace('\u0635', '\u0633');
    }
    // Persian yeh and keheh are the same letters as Arabic yeh and kaf.
    w = w.replace('\u06cc', '\u064a').replace('\u06a9', '\u0643');
    if (!w.isEmpty() && w.charAt(0) == '\u0639') {
      w = '\u0627' + w.substring(1);
    } else if (w.startsWith("\u0627\u0644\u0639")) {
      // Also after the article: al-Abdullah, al-Ali (an ayn lost here left "bdallh", no longer Abdullah).
      w = "\u0627\u0644\u0627" + w.substring(3);
    }
    return w;
  }

  private static boolean isPersian(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\u06cc' || c == '\u06a9' || c == '\u067e' || c == '\u0686' || c == '\u0698' || c == '\u06af'
          || c == '\u06bc' || c == '\u0681' || c == '\u0685' || c == '\u069a' || c == '\u06d0') {
        return true;
      }
    }
    return false;
  }

  private static boolean isUkrainian(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c == '\u0456' || c == '\u0457' || c == '\u0454' || c == '\u0491') {
        return true;
      }
    }
    return false;
  }

  private static int dominantScript(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      int script = UScript.getScript(cp);
      if (script != UScript.COMMON && script != UScript.INHERITED) {
        return script;
      }
      i += Character.charCount(cp);
    }
    return UScript.COMMON;
  }
}
