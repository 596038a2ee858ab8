package org.haven.forms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.shared.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Checks the {@code fields} object of a case against the non-core fields of a form: unknown keys, wrong
 * types, values outside their lookup and missing required fields, each named by its path.
 */
final class CustomFieldValidator {
  static final int MAX_TEXT = 2000;
  static final int MAX_ITEMS = 100;
  private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final Map<String, FieldDefinition> custom;
  private final Set<String> core;
  private final BiPredicate<String, String> lookupValue;
  private final List<FieldError> errors = new ArrayList<>();

  CustomFieldValidator(Form form, BiPredicate<String, String> lookupValue) {
    this.custom = new java.util.LinkedHashMap<>();
    this.core = new HashSet<>();
    for (FieldDefinition field : form.fields()) {
      if (field.isCore()) {
        core.add(field.key());
      } else {
        custom.put(field.key(), field);
      }
    }
    this.lookupValue = lookupValue;
  }

  List<FieldError> validate(JsonNode fields) {
    if (absent(fields)) {
      custom.values().forEach(field -> check(field, null, "fields." + field.key()));
      return List.copyOf(errors);
    }
    if (!fields.isObject()) {
      return List.of(new FieldError("fields", "must be an object"));
    }
    for (String key : fields.propertyNames()) {
      if (core.contains(key)) {
        errors.add(new FieldError("fields." + key, "is a core field: send it at the top level of the case"));
      } else if (!custom.containsKey(key)) {
        errors.add(new FieldError("fields." + key, "is not a field of the registration form"));
      }
    }
    custom.values().forEach(field -> check(field, fields.get(field.key()), "fields." + field.key()));
    return List.copyOf(errors);
  }

  private void check(FieldDefinition field, JsonNode value, String path) {
    if (isEmpty(value)) {
      if (field.isRequired()) {
        errors.add(new FieldError(path, "is required"));
      }
      return;
    }
    if (field.isMultiple() && field.type() != FieldType.MULTI_SELECT) {
      if (!value.isArray()) {
        errors.add(new FieldError(path, "must be an array"));
      } else if (value.size() > MAX_ITEMS) {
        errors.add(new FieldError(path, "must have at most " + MAX_ITEMS + " entries"));
      } else {
        for (int i = 0; i < value.size(); i++) {
          single(field, value.get(i), path + "[" + i + "]");
        }
      }
      return;
    }
    single(field, value, path);
  }

  private void single(FieldDefinition field, JsonNode value, String path) {
    switch (field.type()) {
      case TEXT -> {
        if (!value.isString()) {
          errors.add(new FieldError(path, "must be a string"));
        } else if (value.asString().length() > MAX_TEXT) {
          errors.add(new FieldError(path, "must be at most " + MAX_TEXT + " characters"));
        }
      }
      case INTEGER -> integer(field, value, path);
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          errors.add(new FieldError(path, "must be true or false"));
        }
      }
      case DATE -> {
        if (!value.isString() || !isDate(value.asString())) {
          errors.add(new FieldError(path, "must be a date YYYY-MM-DD"));
        }
      }
      case PARTIAL_DATE -> {
        if (!value.isString() || !isPartialDate(value.asString())) {
          errors.add(new FieldError(path, "must be a date YYYY, YYYY-MM or YYYY-MM-DD"));
        }
      }
      case SELECT -> code(field, value, path);
      case MULTI_SELECT -> multiSelect(field, value, path);
      case SUBFORM -> subform(field, value, path);
    }
  }

  private void integer(FieldDefinition field, JsonNode value, String path) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      errors.add(new FieldError(path, "must be a whole number"));
      return;
    }
    int number = value.asInt();
    if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
      errors.add(new FieldError(path, "must be from " + (field.min() == null ? "any" : field.min()) + " to "
          + (field.max() == null ? "any" : field.max())));
    }
  }

  private void code(FieldDefinition field, JsonNode value, String path) {
    if (!value.isString()) {
      errors.add(new FieldError(path, "must be a code of the lookup " + field.lookup()));
    } else if (!lookupValue.test(field.lookup(), value.asString())) {
      errors.add(new FieldError(path, "'" + abbreviate(value.asString()) + "' is not a value of the lookup "
          + field.lookup()));
    }
  }

  private void multiSelect(FieldDefinition field, JsonNode value, String path) {
    if (!value.isArray()) {
      errors.add(new FieldError(path, "must be an array of codes of the lookup " + field.lookup()));
      return;
    }
    if (value.size() > MAX_ITEMS) {
      errors.add(new FieldError(path, "must have at most " + MAX_ITEMS + " entries"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      code(field, item, path + "[" + i + "]");
      if (item.isString() && !seen.add(item.asString())) {
        errors.add(new FieldError(path + "[" + i + "]", "repeats '" + abbreviate(item.asString()) + "'"));
      }
    }
  }

  private void subform(FieldDefinition field, JsonNode value, String path) {
    if (!value.isObject()) {
      errors.add(new FieldError(path, "must be an object"));
      return;
    }
    Set<String> known = new HashSet<>();
    field.fields().forEach(f -> known.add(f.key()));
    for (String key : value.propertyNames()) {
      if (!known.contains(key)) {
        errors.add(new FieldError(path + "." + key, "is not a field of " + field.key()));
      }
    }
    field.fields().forEach(f -> check(f, value.get(f.key()), path + "." + f.key()));
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  private static boolean isEmpty(JsonNode node) {
    return absent(node) || (node.isString() && node.asString().isBlank()) || (node.isArray() && node.isEmpty());
  }

  static boolean isDate(String text) {
    try {
      return text.length() == 10 && LocalDate.parse(text) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isPartialDate(String text) {
    Matcher m = PARTIAL_DATE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    if (m.group(3) != null) {
      return isDate(text);
    }
    if (m.group(2) != null) {
      try {
        YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
