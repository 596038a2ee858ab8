package org.haven.forms;

import java.util.List;
import java.util.Map;

/** A titled group of fields, rendered together. */
public record FormSection(String key, Map<String, String> labels, List<FieldDefinition> fields) {
  public FormSection {
    labels = labels == null ? Map.of() : Labels.ordered(labels);
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
