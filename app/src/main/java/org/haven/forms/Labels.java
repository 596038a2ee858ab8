package org.haven.forms;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Labels by language; the shipped languages first in a fixed order, so that answers read the same each time. */
final class Labels {
  static final List<String> SHIPPED = List.of("en", "fr", "ar", "es");

  private Labels() {}

  static Map<String, String> ordered(Map<String, String> labels) {
    Map<String, String> ordered = new LinkedHashMap<>();
    labels.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> rank(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return java.util.Collections.unmodifiableMap(ordered);
  }

  private static int rank(String language) {
    int index = SHIPPED.indexOf(language);
    return index < 0 ? SHIPPED.size() : index;
  }
}
