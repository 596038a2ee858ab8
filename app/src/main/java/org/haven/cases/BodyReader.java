package org.haven.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.haven.cases.domain.PartialDate;
import org.haven.shared.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of a JSON body and collects one error per bad field, named by its path, so
 * that a client learns about every problem of a request at once.
 */
final class BodyReader {
  static final int MAX_TEXT = 500;
  static final int MAX_LIST = 100;

  private final List<FieldError> errors = new ArrayList<>();

  List<FieldError> errors() {
    return errors;
  }

  void error(String path, String message) {
    errors.add(new FieldError(path, message));
  }

  static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  String text(JsonNode parent, String name, String path) {
    return text(parent, name, path, MAX_TEXT);
  }

  String text(JsonNode parent, String name, String path, int maxLength) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return null;
    }
    if (!node.isString()) {
      error(path, "must be a string");
      return null;
    }
    String value = node.asString().strip();
    if (value.length() > maxLength) {
      error(path, "must be at most " + maxLength + " characters");
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  /** A string that must be one of the values the predicate accepts (a lookup, a code list). */
  String code(JsonNode parent, String name, String path, Predicate<String> valid, String what) {
    String value = text(parent, name, path);
    if (value != null && !valid.test(value)) {
      error(path, "'" + value + "' is not " + what);
      return null;
    }
    return value;
  }

  Boolean bool(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return null;
    }
    if (!node.isBoolean()) {
      error(path, "must be true or false");
      return null;
    }
    return node.asBoolean();
  }

  Integer integer(JsonNode parent, String name, String path, int min, int max) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return null;
    }
    if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
      error(path, "must be a whole number from " + min + " to " + max);
      return null;
    }
    return node.asInt();
  }

  UUID uuid(JsonNode parent, String name, String path) {
    String value = text(parent, name, path);
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      error(path, "must be a UUID");
      return null;
    }
  }

  LocalDate date(JsonNode parent, String name, String path) {
    String value = text(parent, name, path);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      error(path, "must be a date YYYY-MM-DD");
      return null;
    }
  }

  PartialDate partialDate(JsonNode parent, String name, String path) {
    String value = text(parent, name, path);
    if (value == null) {
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      error(path, e.getMessage().startsWith("must") ? e.getMessage() : "is not a real date: " + e.getMessage());
      return null;
    }
  }

  List<String> strings(JsonNode parent, String name, String path, Predicate<String> valid, String what) {
    return list(parent, name, path, (element) -> {
      if (!element.node().isString() || element.node().asString().isBlank()) {
        error(element.path(), "must be a non-empty string");
        return null;
      }
      String value = element.node().asString().strip();
      if (value.length() > MAX_TEXT) {
        error(element.path(), "must be at most " + MAX_TEXT + " characters");
        return null;
      }
      if (!valid.test(value)) {
        error(element.path(), "'" + value + "' is not " + what);
        return null;
      }
      return value;
    });
  }

  record Element(JsonNode node, String path) {}

  <T> List<T> list(JsonNode parent, String name, String path, Function<Element, T> readElement) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      error(path, "must be an array");
      return List.of();
    }
    if (node.size() > MAX_LIST) {
      error(path, "must have at most " + MAX_LIST + " entries");
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      T value = readElement.apply(new Element(node.get(i), path + "[" + i + "]"));
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** An object member; null (with an error) when present but not an object. */
  JsonNode object(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      error(path, "must be an object");
      return null;
    }
    return node;
  }

  void onlyKnown(JsonNode node, String path, java.util.Set<String> known, String hint) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        error(path.isEmpty() ? key : path + "." + key, "is not a known field" + hint);
      }
    }
  }
}
