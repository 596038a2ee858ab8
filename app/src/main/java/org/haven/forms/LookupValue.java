package org.haven.forms;

import java.util.Map;

/** One value of a lookup: the stable code stored in records, and its labels by language. */
public record LookupValue(String code, Map<String, String> labels) {
  public LookupValue {
    labels = labels == null ? Map.of() : Labels.ordered(labels);
  }
}
