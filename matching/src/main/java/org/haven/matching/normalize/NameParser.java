package org.haven.matching.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a name as recorded into normalised Latin tokens. It transliterates, folds case and diacritics, drops
 * the Arabic article (al-, el-) and connective particles (bin, ibn, de, del), and joins Arabic compounds that
 * are written as one word or several: "abdul rahman", "abd al-rahman", "abdulrahman" all become "abdrahman";
 * "abu bakr" becomes "abubakr"; "ahmad ullah" and "ahmadullah" become "ahmadullah".
 */
public final class NameParser {
  private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ar", "as", "ad", "at", "az", "an", "ash",
      "ed", "er", "es", "ez", "il", "l");
  private static final String[] ABD_PREFIXES = {"abdul", "abdel", "abdal", "abdol", "abdil", "abdur", "abdus",
      "abdar", "abdi", "abdu", "abd"};
  private static final Set<String> ABD_WORDS = Set.of("abdul", "abdel", "abdal", "abdol", "abdil", "abd",
      "abdur", "abdus", "abdoul");
  private static final Set<String> ABU_WORDS = Set.of("abu", "abou", "abo", "abul");
  private static final Set<String> ALLAH_WORDS = Set.of("ullah", "ulla", "allah", "alla", "ollah", "ulah",
      "lh", "llh", "allh", "ullha");
  private static final String[] ALLAH_SUFFIXES = {"ullah", "ollah", "allah", "ulla", "ullha"};

  private static final String DIGIT_LETTERS = "olzeasgtbg";

  private final Set<String> particles;
  private final NameDictionary dictionary;

  public NameParser(Set<String> particles, NameDictionary dictionary) {
    this.particles = particles;
    this.dictionary = dictionary;
  }

  public List<String> tokens(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    boolean abjad = Transliteration.isAbjad(raw);
    String latin = Transliteration.toLatin(raw);
    List<String> parts = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= latin.length(); i++) {
      char c = i < latin.length() ? latin.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z') {
        word.append(c);
      } else if (c >= '0' && c <= '9' && word.length() > 0) {
        // keying and OCR errors: a1i, J0se
        word.append(DIGIT_LETTERS.charAt(c - '0'));
      } else if (c == '\'' || c == '`' || c == '\u02bf' || c == '\u02be' || c == '\u2019' || c == '\u2018') {
        // apostrophes stand for ayn or hamza, which Latin spellings usually leave out
      } else if (word.length() > 0) {
        parts.add(word.toString());
        word.setLength(0);
      }
    }
    if (parts.size() > 1) {
      // Initials and the letters of "s/o", "d/o" (son of, daughter of) say nothing comparable.
      parts.removeIf(p -> p.length() == 1);
    }
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      boolean hasNext = i + 1 < parts.size();
      if (particles.contains(p) && (hasNext || !out.isEmpty()) && parts.size() > 1) {
        continue;
      }
      if (ARTICLES.contains(p) && hasNext) {
        continue;
      }
      if (ABD_WORDS.contains(p) && hasNext) {
        String next = parts.get(++i);
        if (ARTICLES.contains(next) && i + 1 < parts.size()) {
          next = parts.get(++i);
        }
        out.add(abd(stripArticle(next, true)));
        continue;
      }
      if (ABU_WORDS.contains(p) && hasNext) {
        String next = parts.get(++i);
        if (ARTICLES.contains(next) && i + 1 < parts.size()) {
          next = parts.get(++i);
        }
        out.add("abu" + stripArticle(next, true));
        continue;
      }
      if (ALLAH_WORDS.contains(p) && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "ullah");
        continue;
      }
      out.add(glued(stripArticle(p, abjad)));
    }
    return out;
  }

  /** "al" glued to a name is an article only when what remains is a name we know or the source was Arabic. */
  private String stripArticle(String p, boolean sure) {
    if (p.length() >= 5 && (p.startsWith("al") || p.startsWith("el"))) {
      String rest = p.substring(2);
      if (sure || dictionary.knows(rest)) {
        return rest;
      }
    }
    return p;
  }

  private String glued(String p) {
    if (p.startsWith("abd") && p.length() >= 6) {
      for (String prefix : ABD_PREFIXES) {
        if (p.startsWith(prefix) && p.length() - prefix.length() >= 3) {
          return abd(stripArticle(p.substring(prefix.length()), false));
        }
      }
    }
    if ((p.startsWith("abu") || p.startsWith("abou")) && p.length() >= 7) {
      // abul is abu with the article: Abulkalam is Abu Kalam, Abulfazl Abu Fazl
      String rest = p.substring(p.startsWith("abou") ? 4 : p.startsWith("abul") ? 4 : 3);
      return "abu" + stripArticle(rest, false);
    }
    for (String suffix : ALLAH_SUFFIXES) {
      if (p.endsWith(suffix) && p.length() - suffix.length() >= 3 && !p.startsWith("abd")) {
        return p.substring(0, p.length() - suffix.length()) + "ullah";
      }
    }
    return p;
  }

  /** Canonical compound with abd: the servant-of names differ only in how the article is spelled. */
  private static String abd(String rest) {
    String r = rest;
    // Sun-letter assimilation doubles the consonant: abdur-rahman, abdus-salam.
    if (r.length() > 3 && r.charAt(0) == r.charAt(1)) {
      r = r.substring(1);
    }
    if (r.startsWith("ullah") || r.startsWith("allah") || r.startsWith("ulla") || r.startsWith("alla")
        || r.equals("lah") || r.equals("la") || r.equals("lh") || r.equals("llh") || r.startsWith("lahi")
        || r.startsWith("llahi") || r.equals("llah") || r.equals("allh")) {
      return "abdullah";
    }
    return "abd" + r;
  }
}
