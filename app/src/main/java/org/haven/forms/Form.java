package org.haven.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A form as clients render it: sections of fields, defaults and deployment additions merged. */
public record Form(String id, Map<String, String> labels, List<FormSection> sections) {
  public Form {
    labels = labels == null ? Map.of() : Labels.ordered(labels);
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** The top-level fields of every section, in order. */
  public List<FieldDefinition> fields() {
    return sections.stream().flatMap(s -> s.fields().stream()).toList();
  }

  public Optional<FieldDefinition> field(String key) {
    return fields().stream().filter(f -> f.key().equals(key)).findFirst();
  }
}
