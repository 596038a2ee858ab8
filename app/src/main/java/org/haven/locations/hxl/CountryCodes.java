package org.haven.locations.hxl;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166-1 codes from the JDK: files give countries as alpha-2 (OCHA's ADM0 P-code) or alpha-3. */
final class CountryCodes {
  private final Map<String, String> alpha3ByCode = new HashMap<>();

  CountryCodes() {
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      alpha3ByCode.put(alpha2, alpha3);
      alpha3ByCode.put(alpha3, alpha3);
    }
  }

  /** The alpha-3 code for an alpha-2 or alpha-3 code in any case; null when it is not a country. */
  String alpha3(String code) {
    return alpha3ByCode.get(code.toUpperCase(Locale.ROOT));
  }

  String englishName(String alpha3) {
    for (String alpha2 : Locale.getISOCountries()) {
      if (new Locale("", alpha2).getISO3Country().equals(alpha3)) {
        return new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
      }
    }
    return alpha3;
  }
}
