package org.haven.synth;

/** Writing systems a description may be recorded in. */
enum Script {
  LATIN, ARABIC, PERSIAN, ETHIOPIC, CYRILLIC, BURMESE;

  /** Whether text contains at least one letter of this script (for picking place spellings). */
  boolean writes(String text) {
    for (int i = 0; i < text.length(); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
      switch (this) {
        case ARABIC, PERSIAN -> { if (s == Character.UnicodeScript.ARABIC) return true; }
        case ETHIOPIC -> { if (s == Character.UnicodeScript.ETHIOPIC) return true; }
        case CYRILLIC -> { if (s == Character.UnicodeScript.CYRILLIC) return true; }
        case BURMESE -> { if (s == Character.UnicodeScript.MYANMAR) return true; }
        case LATIN -> { if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
            && s != Character.UnicodeScript.INHERITED) return false; }
      }
    }
    return this == LATIN;
  }
}
