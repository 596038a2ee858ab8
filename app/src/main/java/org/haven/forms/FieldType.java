package org.haven.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of value a form field holds. {@code partial_date} is YYYY, YYYY-MM or YYYY-MM-DD. */
public enum FieldType {
  TEXT, INTEGER, BOOLEAN, DATE, PARTIAL_DATE, SELECT, MULTI_SELECT, SUBFORM;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean usesLookup() {
    return this == SELECT || this == MULTI_SELECT;
  }

  @JsonCreator
  public static FieldType fromCode(String code) {
    for (FieldType type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown field type " + code);
  }

  public static String codes() {
    return Arrays.stream(values()).map(FieldType::code).collect(Collectors.joining(", "));
  }
}
