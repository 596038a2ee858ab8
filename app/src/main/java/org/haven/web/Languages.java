package org.haven.web;

import java.util.List;
import java.util.Locale;

/** The languages of the interface, each named in itself, and which of them read right to left. */
final class Languages {
  record Language(String code, String name, boolean rightToLeft) {}

  static final List<Language> ALL = List.of(new Language("en", "English", false),
      new Language("fr", "Français", false), new Language("ar", "العربية", true),
      new Language("es", "Español", false));
  static final Locale DEFAULT = Locale.ENGLISH;

  private Languages() {}

  static boolean supported(String code) {
    return ALL.stream().anyMatch(l -> l.code().equals(code));
  }

  static Language of(Locale locale) {
    String code = locale == null ? DEFAULT.getLanguage() : locale.getLanguage();
    return ALL.stream().filter(l -> l.code().equals(code)).findFirst().orElse(ALL.get(0));
  }
}
