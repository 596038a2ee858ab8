package org.haven.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One field of a form. {@code core} fields are typed columns of the case (validated by the cases module);
 * the others are validated here. {@code multiple} makes a text or subform field a list; a multi_select is
 * always one. {@code min} and {@code max} bound integers. A subform has fields of its own.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(String key, FieldType type, String lookup, Boolean required, Boolean core,
    Boolean multiple, Integer min, Integer max, Map<String, String> labels, List<FieldDefinition> fields) {

  public FieldDefinition {
    required = Boolean.TRUE.equals(required);
    core = Boolean.TRUE.equals(core);
    multiple = Boolean.TRUE.equals(multiple);
    labels = labels == null ? Map.of() : Labels.ordered(labels);
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isCore() {
    return core;
  }

  public boolean isMultiple() {
    return multiple;
  }
}
