package org.haven.synth;

/** Keying, handwriting and OCR errors: the mistakes that survive into registration databases. */
final class Typos {
  private static final String[] QWERTY = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final String[][] OCR = {
      {"rn", "m"}, {"m", "rn"}, {"cl", "d"}, {"d", "cl"}, {"i", "l"}, {"l", "i"}, {"u", "v"}, {"h", "b"},
      {"e", "c"}, {"n", "h"}, {"a", "o"}, {"vv", "w"}, {"w", "vv"}, {"ii", "u"}, {"o", "0"}, {"l", "1"}};
  private static final String[][] SOUND = {
      {"a", "e"}, {"e", "a"}, {"o", "u"}, {"u", "o"}, {"i", "e"}, {"e", "i"}, {"y", "i"}, {"i", "y"}, {"ss", "s"},
      {"mm", "m"}, {"dd", "d"}, {"ll", "l"}, {"k", "q"}, {"q", "k"}, {"z", "s"}, {"s", "z"}};

  private Typos() {}

  static String apply(String s, Dice dice) {
    if (s.length() < 3) return s;
    boolean latin = Script.LATIN.writes(s);
    int kind = latin ? dice.weighted(25, 20, 12, 15, 10, 14, 4) : dice.weighted(0, 40, 20, 40, 0, 0, 0);
    int pos = 1 + dice.below(s.length() - 1);
    return switch (kind) {
      case 0 -> keyboard(s, pos, dice);
      case 1 -> s.substring(0, pos) + s.substring(Math.min(s.length(), pos + 1));
      case 2 -> s.substring(0, pos) + s.charAt(pos - 1) + s.substring(pos);
      case 3 -> transpose(s, pos);
      case 4 -> replaceOne(s, OCR, dice);
      case 5 -> replaceOne(s, SOUND, dice);
      default -> joinOrSplit(s, pos);
    };
  }

  private static String keyboard(String s, int pos, Dice dice) {
    char c = Character.toLowerCase(s.charAt(pos));
    for (int r = 0; r < QWERTY.length; r++) {
      int k = QWERTY[r].indexOf(c);
      if (k < 0) continue;
      String row = QWERTY[r];
      int n = k == 0 ? 1 : k == row.length() - 1 ? k - 1 : (dice.chance(0.5) ? k - 1 : k + 1);
      char typed = Character.isUpperCase(s.charAt(pos)) ? Character.toUpperCase(row.charAt(n)) : row.charAt(n);
      return s.substring(0, pos) + typed + s.substring(pos + 1);
    }
    return transpose(s, pos);
  }

  private static String transpose(String s, int pos) {
    if (pos >= s.length() - 1) pos = s.length() - 2;
    if (pos < 1) return s;
    return s.substring(0, pos) + s.charAt(pos + 1) + s.charAt(pos) + s.substring(pos + 2);
  }

  private static String replaceOne(String s, String[][] table, Dice dice) {
    int start = dice.below(table.length);
    String lower = s.toLowerCase();
    if (lower.length() != s.length()) return s;
    for (int t = 0; t < table.length; t++) {
      String[] pair = table[(start + t) % table.length];
      int at = lower.indexOf(pair[0], 1);
      if (at > 0) return s.substring(0, at) + pair[1] + s.substring(at + pair[0].length());
    }
    return s;
  }

  private static String joinOrSplit(String s, int pos) {
    int space = s.indexOf(' ');
    if (space > 0) return s.substring(0, space) + s.substring(space + 1);
    if (s.length() > 7 && pos > 2 && pos < s.length() - 2) return s.substring(0, pos) + " " + s.substring(pos);
    return s;
  }
}
