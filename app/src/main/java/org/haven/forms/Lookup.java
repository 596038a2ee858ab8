package org.haven.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of coded values with labels. {@code source} says where it comes from: {@code standard} (shipped),
 * {@code deployment} (added by this deployment) or {@code iso} (generated from ISO 3166 / ISO 639 data).
 */
public record Lookup(String id, String source, Map<String, String> labels, List<LookupValue> values) {
  public static final String STANDARD = "standard";
  public static final String DEPLOYMENT = "deployment";
  public static final String ISO = "iso";

  public Lookup {
    labels = labels == null ? Map.of() : Labels.ordered(labels);
    values = values == null ? List.of() : List.copyOf(values);
  }

  public Optional<LookupValue> value(String code) {
    return values.stream().filter(v -> v.code().equals(code)).findFirst();
  }
}
