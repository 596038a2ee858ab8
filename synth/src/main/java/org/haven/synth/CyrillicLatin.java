package org.haven.synth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanisations of Ukrainian (and Russian) Cyrillic as they really occur in registrations: the Ukrainian passport
 * system (Oleksandr, Yuliia, Kharkiv), BGN/PCGN (Yuliya, Andriy), Russian-based (Aleksandr, Kharkov from the Russian
 * form), and the host country's own habits (German Schewtschenko, Polish Szewczenko, French Chevtchenko, Czech
 * Ševčenko).
 */
final class CyrillicLatin {
  enum System { NATIONAL, BGN, RUSSIAN, GERMAN, POLISH, FRENCH, CZECH }

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private CyrillicLatin() {}

  static String romanise(String cyrillic, System system) {
    String key = system.ordinal() + cyrillic;
    String cached = CACHE.get(key);
    if (cached != null) return cached;
    String s = cyrillic.toLowerCase();
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      boolean initial = !Character.isLetter(prev) || prev == '\'' || prev == 'ь' || prev == 'ъ';
      boolean afterVowel = "аеєиіїоуюяыэё".indexOf(prev) >= 0;
      b.append(letter(c, system, initial, afterVowel, next, prev));
    }
    String result = Text.titleCase(b.toString().replace("''", ""));
    if (CACHE.size() < 500_000) CACHE.put(key, result);
    return result;
  }

  private static String letter(char c, System sys, boolean initial, boolean afterVowel, char next, char prev) {
    boolean betweenVowels = afterVowel && "аеєиіїоуюяыэё".indexOf(next) >= 0;
    boolean softNext = "іьєюяї".indexOf(next) >= 0;
    return switch (c) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> sys == System.GERMAN || sys == System.POLISH ? "w" : "v";
      case 'г' -> sys == System.RUSSIAN ? "g" : (sys == System.NATIONAL && prev == 'з' ? "gh" : "h");
      case 'ґ', 'g' -> "g";
      case 'д' -> "d";
      case 'е' -> sys == System.RUSSIAN && (initial || afterVowel) ? "ye" : "e";
      case 'є' -> switch (sys) {
        case NATIONAL -> initial ? "ye" : "ie";
        case BGN, RUSSIAN -> "ye";
        case POLISH -> initial || afterVowel ? "je" : "ie";
        case FRENCH -> "ie";
        default -> "je";
      };
      case 'ё' -> switch (sys) {
        case GERMAN, POLISH, CZECH -> "jo";
        case FRENCH -> "io";
        default -> "yo";
      };
      case 'ж' -> switch (sys) {
        case GERMAN -> "sh";
        case POLISH -> "ż";
        case FRENCH -> "j";
        case CZECH -> "ž";
        default -> "zh";
      };
      case 'з' -> sys == System.GERMAN ? "s" : "z";
      case 'и' -> sys == System.RUSSIAN ? "i" : "y";
      case 'і' -> "i";
      case 'ї' -> switch (sys) {
        case NATIONAL -> initial ? "yi" : "i";
        case BGN, RUSSIAN -> "yi";
        case FRENCH -> "ï";
        default -> "ji";
      };
      case 'й' -> switch (sys) {
        case NATIONAL -> initial ? "y" : "i";
        case BGN, RUSSIAN -> "y";
        case FRENCH -> "ï";
        default -> "j";
      };
      case 'к' -> "k";
      case 'л' -> sys == System.POLISH && !softNext ? "ł" : "l";
      case 'м' -> "m";
      case 'н' -> "n";
      case 'о' -> "o";
      case 'п' -> "p";
      case 'р' -> "r";
      case 'с' -> (sys == System.GERMAN || sys == System.FRENCH) && betweenVowels ? "ss" : "s";
      case 'т' -> "t";
      case 'у' -> sys == System.FRENCH ? "ou" : "u";
      case 'ф' -> "f";
      case 'х' -> switch (sys) {
        case GERMAN, POLISH, CZECH -> "ch";
        default -> "kh";
      };
      case 'ц' -> switch (sys) {
        case GERMAN -> "z";
        case POLISH, CZECH -> "c";
        default -> "ts";
      };
      case 'ч' -> switch (sys) {
        case GERMAN -> "tsch";
        case POLISH -> "cz";
        case FRENCH -> "tch";
        case CZECH -> "č";
        default -> "ch";
      };
      case 'ш' -> switch (sys) {
        case GERMAN -> "sch";
        case POLISH -> "sz";
        case FRENCH -> "ch";
        case CZECH -> "š";
        default -> "sh";
      };
      case 'щ' -> switch (sys) {
        case GERMAN -> "schtsch";
        case POLISH -> "szcz";
        case FRENCH -> "chtch";
        case CZECH -> "šč";
        default -> "shch";
      };
      case 'ь', 'ъ', '\'', '’' -> "";
      case 'ы' -> "y";
      case 'э' -> "e";
      case 'ю' -> switch (sys) {
        case NATIONAL -> initial ? "yu" : "iu";
        case BGN, RUSSIAN -> "yu";
        case POLISH -> initial || afterVowel ? "ju" : "iu";
        case FRENCH -> "iou";
        default -> "ju";
      };
      case 'я' -> switch (sys) {
        case NATIONAL -> initial ? "ya" : "ia";
        case BGN, RUSSIAN -> "ya";
        case POLISH -> initial || afterVowel ? "ja" : "ia";
        case FRENCH -> "ia";
        default -> "ja";
      };
      default -> String.valueOf(c);
    };
  }
}
