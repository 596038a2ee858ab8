package org.haven.synth;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How registrars of a country respell a name they hear or read in English-style transliteration: French staff write
 * Youssouf and Djamal, German and Swedish staff Jusuf and Hischam, Turkish staff Cemal and Halil, Italian staff
 * Ghebremedhin and Tecle. Each rule fires only with its probability, as real staff apply them inconsistently.
 */
final class LatinSpelling {
  private record Rule(Pattern pattern, String replacement, double probability) {}

  private static final Map<Convention, List<Rule>> RULES = new EnumMap<>(Convention.class);
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, Integer> APPLICABLE = new ConcurrentHashMap<>();

  static {
    RULES.put(Convention.FRENCH, List.of(
        rule("sh", "ch", 0.9), rule("(?<![oq])u", "ou", 0.8), rule("(?<!d)j", "dj", 0.6),
        rule("^w(?=[aeiou])", "ou", 0.5), rule("ee", "i", 0.8), rule("oo", "ou", 0.8), rule("q", "k", 0.4),
        rule("(?<=\\w\\w\\w)an$", "ane", 0.25)));
    RULES.put(Convention.GERMAN, List.of(
        rule("sh", "sch", 0.9), rule("(?<!s)ch", "tsch", 0.5), rule("j+", "dsch", 0.15),
        rule("^y|(?<=[aeiou])y(?=[aeiou])", "j", 0.8), rule("ee", "i", 0.8), rule("oo", "u", 0.8),
        rule("ou", "u", 0.7), rule("kh", "ch", 0.4), rule("^z", "s", 0.3)));
    RULES.put(Convention.DUTCH, List.of(
        rule("(?<!d)j", "dj", 0.3), rule("ou", "oe", 0.7), rule("(?<![o])u", "oe", 0.7),
        rule("^y|(?<=[aeiou])y(?=[aeiou])", "j", 0.8), rule("sh", "sj", 0.7), rule("kh", "ch", 0.5)));
    RULES.put(Convention.TURKISH, List.of(
        rule("sh", "ş", 0.8), rule("ch", "ç", 0.8), rule("j", "c", 0.6), rule("kh", "h", 0.8), rule("w", "v", 0.8),
        rule("q", "k", 0.8), rule("ee", "i", 0.8), rule("oo", "u", 0.8), rule("ou", "u", 0.8), rule("d$", "t", 0.3),
        rule("th", "s", 0.5)));
    RULES.put(Convention.ITALIAN, List.of(
        rule("sh", "sc", 0.7), rule("kh", "k", 0.4), rule("k(?=[ei])", "ch", 0.6), rule("k", "c", 0.6),
        rule("g(?=[ei])", "gh", 0.6), rule("j", "g", 0.3), rule("y", "i", 0.5), rule("w", "u", 0.4)));
    RULES.put(Convention.SPANISH, List.of(
        rule("(?<!d)j", "y", 0.4), rule("kh", "j", 0.7), rule("sh", "ch", 0.5), rule("z", "s", 0.3),
        rule("ou", "u", 0.6), rule("^w", "gu", 0.2)));
    RULES.put(Convention.SLAVIC, List.of(
        rule("sh", "š", 0.7), rule("ch", "č", 0.7), rule("zh", "ž", 0.7), rule("j", "dž", 0.4), rule("y", "j", 0.7),
        rule("kh", "h", 0.6), rule("w", "v", 0.8)));
    RULES.put(Convention.POLISH, List.of(
        rule("sh", "sz", 0.7), rule("ch", "cz", 0.7), rule("j", "dż", 0.3), rule("y", "j", 0.7), rule("kh", "ch", 0.6),
        rule("v", "w", 0.8)));
  }

  private LatinSpelling() {}

  private static Rule rule(String regex, String replacement, double p) {
    return new Rule(Pattern.compile(regex), replacement, p);
  }

  /** The name as staff following {@code convention} might write it; each word is respelled independently. */
  static String respell(String name, Convention convention, Dice dice) {
    List<Rule> rules = RULES.get(convention);
    if (rules == null) return name;
    int mask = 0;
    for (int i = 0; i < rules.size(); i++) if (dice.chance(rules.get(i).probability())) mask |= 1 << i;
    if (mask == 0) return name;
    String nameKey = convention.ordinal() + ":" + name;
    Integer applicable = APPLICABLE.get(nameKey);
    if (applicable == null) {
      applicable = applicableRules(name.toLowerCase(), rules);
      if (APPLICABLE.size() < 1_000_000) APPLICABLE.put(nameKey, applicable);
    }
    mask &= applicable;
    if (mask == 0) return name;
    String key = mask + ":" + nameKey;
    String cached = CACHE.get(key);
    if (cached != null) return cached;
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (String word : name.split("(?<=[ -])")) {
      String w = word.toLowerCase();
      for (int i = 0; i < rules.size(); i++) {
        if ((mask & (1 << i)) != 0) w = rules.get(i).pattern().matcher(w).replaceAll(rules.get(i).replacement());
      }
      out.append(w);
    }
    String result = Text.titleCase(out.toString());
    if (CACHE.size() < 1_000_000) CACHE.put(key, result);
    return result;
  }

  /** Rules whose pattern occurs in some word of the name: the only ones whose firing changes anything. */
  private static int applicableRules(String lower, List<Rule> rules) {
    int mask = 0;
    for (String word : lower.split("(?<=[ -])")) {
      for (int i = 0; i < rules.size(); i++) if (rules.get(i).pattern().matcher(word).find()) mask |= 1 << i;
    }
    return mask;
  }
}
