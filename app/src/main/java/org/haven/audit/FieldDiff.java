package org.haven.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two versions of a record's JSON, by path ({@code family[0].name}), for
 * {@link RecordHistory}. Arrays of plain values (nationalities, concerns) change as a whole.
 */
public final class FieldDiff {
  private FieldDiff() {}

  /** The changed fields; a null {@code before} lists every field of {@code after} as new. */
  public static List<FieldChange> between(JsonNode before, JsonNode after) {
    Map<String, JsonNode> old = new LinkedHashMap<>();
    Map<String, JsonNode> now = new LinkedHashMap<>();
    flatten("", before, old);
    flatten("", after, now);
    Set<String> paths = new LinkedHashSet<>(old.keySet());
    paths.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String path : paths) {
      JsonNode from = old.get(path);
      JsonNode to = now.get(path);
      if (!Objects.equals(from, to)) {
        changes.add(new FieldChange(path, from, to));
      }
    }
    return changes;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> into) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), into);
      }
    } else if (node.isArray() && node.size() > 0 && node.get(0).isContainer()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), into);
      }
    } else if (!(node.isArray() && node.isEmpty())) {
      // Arrays of plain values (nationalities, concerns) change as a whole.
      into.put(path, node);
    }
  }
}
