package org.haven.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a simple form sent, by field name (dotted, as the use case names its fields: {@code sought.givenName}),
 * so that a refused form is shown again with what was typed. Blank values count as absent.
 */
final class FormValues {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();

  static FormValues of(MultiValueMap<String, String> params) {
    FormValues v = new FormValues();
    params.forEach((name, list) -> {
      if (!name.startsWith("_") && list != null && !list.isEmpty()) {
        list.stream().filter(x -> x != null && !x.isBlank()).forEach(x -> v.add(name, x.strip()));
      }
    });
    return v;
  }

  /** Every value sent under the name (a multiple select, a group of check boxes), blanks left out. */
  public List<String> all(String name) {
    return lists.getOrDefault(name, List.of());
  }

  public boolean has(String name, String value) {
    return all(name).contains(value);
  }

  FormValues add(String name, String value) {
    if (value != null && !value.isBlank()) {
      lists.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
      values.putIfAbsent(name, value);
    }
    return this;
  }

  static FormValues empty() {
    return new FormValues();
  }

  public String get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  public boolean on(String name) {
    return "true".equals(values.get(name)) || "on".equals(values.get(name));
  }

  FormValues put(String name, String value) {
    if (value != null) {
      values.put(name, value);
      lists.put(name, new java.util.ArrayList<>(List.of(value)));
    }
    return this;
  }

  /** Puts each named field into {@code target} under its last path element, when it has a value. */
  void copyText(ObjectNode target, String prefix, List<String> names) {
    for (String name : names) {
      String value = get(prefix + name);
      if (value != null) {
        target.put(name, value);
      }
    }
  }

  /** The field as an integer, or the text itself (so that the use case names it as invalid). */
  void copyInteger(ObjectNode target, String prefix, String name) {
    String value = get(prefix + name);
    if (value == null) {
      return;
    }
    try {
      target.put(name, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      target.put(name, value);
    }
  }
}
