package org.haven.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.haven.forms.FieldDefinition;
import org.haven.forms.FieldType;
import org.haven.forms.FormConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits one part of a case (family, care arrangements, journey, consent, protection concerns) with the
 * fields the registration form in force defines for it, so a deployment's form shapes the page. A list
 * part has one row per entry plus an empty one to add; a row whose fields are all empty, or marked for
 * removal, is left out. Form names are {@code part.row.field} ({@code family.0.name}) for lists and
 * {@code part.field} for an object; the use case's error paths ({@code family[0].name}) map onto them.
 */
final class SectionEditor {
  /** The parts that can be edited this way, by the key of the case field that holds them. */
  static final List<String> EDITABLE = List.of("family", "careArrangements", "journey", "consent",
      "protectionConcerns");

  /** The field as the page renders it: the form name prefix is added by the template. */
  public record Field(String key, String type, String lookup, String label, boolean multiple) {}

  private final FieldDefinition part;

  private SectionEditor(FieldDefinition part) {
    this.part = part;
  }

  static Optional<SectionEditor> of(FormConfiguration forms, String key) {
    if (!EDITABLE.contains(key)) {
      return Optional.empty();
    }
    return forms.registrationForm().field(key).map(SectionEditor::new);
  }

  String key() {
    return part.key();
  }

  boolean isList() {
    return part.type() == FieldType.SUBFORM && part.isMultiple();
  }

  boolean isCodes() {
    return part.type() == FieldType.MULTI_SELECT;
  }

  FieldDefinition definition() {
    return part;
  }

  /** The editable fields: the core ones; gazetteer ids are kept as they are and travel hidden. */
  List<FieldDefinition> fields() {
    if (isCodes()) {
      return List.of(part);
    }
    return part.fields().stream().filter(FieldDefinition::isCore).toList();
  }

  static boolean hidden(FieldDefinition f) {
    return f.key().endsWith("ocationId");
  }

  /** The current value of the part as form values. */
  FormValues values(JsonNode current) {
    FormValues v = FormValues.empty();
    JsonNode node = current.path(part.key());
    if (isCodes()) {
      node.forEach(code -> v.add(part.key(), code.asString()));
    } else if (isList()) {
      int row = 0;
      for (JsonNode element : node) {
        put(v, part.key() + "." + row + ".", element);
        row++;
      }
      v.put("rows", String.valueOf(row + 1));
    } else {
      put(v, part.key() + ".", node);
    }
    return v;
  }

  private void put(FormValues v, String prefix, JsonNode element) {
    for (FieldDefinition f : fields()) {
      JsonNode value = element.path(f.key());
      if (value.isArray()) {
        value.forEach(x -> v.add(prefix + f.key(), x.asString()));
      } else if (!value.isMissingNode() && !value.isNull()) {
        v.put(prefix + f.key(), value.asString());
      }
    }
  }

  int rows(FormValues v) {
    try {
      return Math.max(1, Math.min(100, Integer.parseInt(v.get("rows"))));
    } catch (RuntimeException e) {
      return 1;
    }
  }

  /** Replaces the part in {@code body} (the whole case as the use case expects it) with what the form holds. */
  void apply(FormValues v, ObjectNode body) {
    body.remove(part.key());
    if (isCodes()) {
      ArrayNode codes = body.putArray(part.key());
      v.all(part.key()).forEach(codes::add);
      return;
    }
    if (isList()) {
      ArrayNode list = body.putArray(part.key());
      int out = 0;
      for (int row = 0; row < rows(v); row++) {
        String prefix = part.key() + "." + row + ".";
        if (v.on(prefix + "remove")) {
          continue;
        }
        ObjectNode element = list.objectNode();
        if (read(v, prefix, element)) {
          list.add(element);
          out++;
        }
      }
      if (out == 0) {
        body.remove(part.key());
      }
      return;
    }
    ObjectNode object = body.putObject(part.key());
    read(v, part.key() + ".", object);
  }

  /** Reads one row or object; true when something besides a yes/no box was filled in. */
  private boolean read(FormValues v, String prefix, ObjectNode into) {
    boolean filled = false;
    for (FieldDefinition f : fields()) {
      String name = prefix + f.key();
      switch (f.type()) {
        case BOOLEAN -> into.put(f.key(), v.on(name));
        case MULTI_SELECT -> {
          List<String> codes = v.all(name);
          if (!codes.isEmpty()) {
            ArrayNode array = into.putArray(f.key());
            codes.forEach(array::add);
            filled = true;
          }
        }
        case INTEGER -> {
          String value = v.get(name);
          if (value != null) {
            try {
              into.put(f.key(), Integer.parseInt(value));
            } catch (NumberFormatException e) {
              into.put(f.key(), value);
            }
            filled = true;
          }
        }
        default -> {
          String value = v.get(name);
          if (value != null) {
            into.put(f.key(), value);
            filled = true;
          }
        }
      }
    }
    return filled;
  }

  /** The use case's error path ({@code family[0].name}) as the form's field name ({@code family.0.name}). */
  static String formField(String path) {
    return path.replaceAll("\\[(\\d+)]", ".$1");
  }

  static List<String> rowIndexes(int rows) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      out.add(String.valueOf(i));
    }
    return out;
  }
}
