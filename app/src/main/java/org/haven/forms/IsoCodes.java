package org.haven.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * ISO 3166-1 alpha-3 country codes and ISO 639-3 language codes, with labels in the shipped languages.
 * Countries come from the JDK. Languages are the JDK's three-letter codes plus a shipped list: ISO 639-3
 * has many languages of children on the move (Dari, Tigrinya, Rohingya, Nuer...) that the JDK lacks.
 */
final class IsoCodes {
  static final String LANGUAGE_LIST = "forms/iso-639-3-languages.tsv";

  private final Map<String, String> countryAlpha2ByAlpha3 = new TreeMap<>();
  private final Map<String, String> languageNames = new TreeMap<>();
  private final Map<String, String> languageAlpha2 = new TreeMap<>();

  IsoCodes() {
    for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      countryAlpha2ByAlpha3.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    for (String alpha2 : Locale.getISOLanguages()) {
      try {
        String alpha3 = new Locale(alpha2).getISO3Language();
        if (alpha3.matches("[a-z]{3}")) {
          languageAlpha2.put(alpha3, alpha2);
          languageNames.put(alpha3, new Locale(alpha2).getDisplayLanguage(Locale.ENGLISH));
        }
      } catch (java.util.MissingResourceException e) {
        // A two-letter code without a three-letter equivalent in the JDK: the shipped list covers it.
      }
    }
    readLanguageList();
  }

  boolean isCountry(String code) {
    return code != null && countryAlpha2ByAlpha3.containsKey(code);
  }

  boolean isLanguage(String code) {
    return code != null && languageNames.containsKey(code);
  }

  Set<String> languages() {
    return Collections.unmodifiableSet(new TreeSet<>(languageNames.keySet()));
  }

  /** Countries by alpha-3 code, labelled with the JDK's names in each shipped language. */
  List<LookupValue> countryValues() {
    List<LookupValue> values = new ArrayList<>();
    countryAlpha2ByAlpha3.forEach((alpha3, alpha2) -> {
      Map<String, String> labels = new LinkedHashMap<>();
      for (String language : Labels.SHIPPED) {
        labels.put(language, new Locale("", alpha2).getDisplayCountry(Locale.forLanguageTag(language)));
      }
      values.add(new LookupValue(alpha3, labels));
    });
    return values;
  }

  List<LookupValue> languageValues() {
    List<LookupValue> values = new ArrayList<>();
    languageNames.forEach((code, englishName) -> {
      Locale locale = new Locale(languageAlpha2.getOrDefault(code, code));
      Map<String, String> labels = new LinkedHashMap<>();
      for (String language : Labels.SHIPPED) {
        String name = locale.getDisplayLanguage(Locale.forLanguageTag(language));
        labels.put(language, name.isBlank() || name.equals(locale.getLanguage()) ? englishName : name);
      }
      values.add(new LookupValue(code, labels));
    });
    return values;
  }

  private void readLanguageList() {
    InputStream in = IsoCodes.class.getClassLoader().getResourceAsStream(LANGUAGE_LIST);
    if (in == null) {
      throw new IllegalStateException(LANGUAGE_LIST + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        String code = parts[0].strip();
        if (!code.matches("[a-z]{3}")) {
          throw new IllegalStateException(LANGUAGE_LIST + ": '" + code + "' is not an ISO 639-3 code");
        }
        languageNames.putIfAbsent(code, parts.length > 1 ? parts[1].strip() : code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
