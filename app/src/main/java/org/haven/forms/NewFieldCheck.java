package org.haven.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;

/** Turns a requested field into a definition, or refuses it with every problem named. */
final class NewFieldCheck {
  static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_]{0,59}");
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]{0,59}");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  static final int MAX_LABEL = 200;

  private final Predicate<String> lookupExists;
  private final List<FieldError> errors = new ArrayList<>();

  NewFieldCheck(Predicate<String> lookupExists) {
    this.lookupExists = lookupExists;
  }

  FieldDefinition check(FormAdministration.NewField field) {
    FieldDefinition definition = field == null ? null : definition(field, "", true);
    if (field == null) {
      errors.add(new FieldError("body", "is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return definition;
  }

  private FieldDefinition definition(FormAdministration.NewField field, String path, boolean topLevel) {
    if (field.key() == null || !KEY.matcher(field.key()).matches()) {
      errors.add(new FieldError(path + "key",
          "must start with a lower-case letter and hold only letters, digits and _ (at most 60)"));
    }
    FieldType type = null;
    if (field.type() == null) {
      errors.add(new FieldError(path + "type", "is required: one of " + FieldType.codes()));
    } else {
      try {
        type = FieldType.fromCode(field.type());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(path + "type", "must be one of " + FieldType.codes()));
      }
    }
    labels(field.labels(), path + "labels", errors);
    List<FieldDefinition> subfields = List.of();
    if (type != null) {
      lookup(field, type, path);
      if ((field.min() != null || field.max() != null) && type != FieldType.INTEGER) {
        errors.add(new FieldError(path + "min", "applies to integer fields only"));
      }
      if (field.min() != null && field.max() != null && field.min() > field.max()) {
        errors.add(new FieldError(path + "max", "must not be less than min"));
      }
      if (Boolean.TRUE.equals(field.multiple()) && type != FieldType.TEXT && type != FieldType.SUBFORM) {
        errors.add(new FieldError(path + "multiple", "applies to text and subform fields only"));
      }
      subfields = subfields(field, type, path, topLevel);
    }
    return new FieldDefinition(field.key(), type, field.lookup(), field.required(), false, field.multiple(),
        field.min(), field.max(), field.labels(), subfields);
  }

  private void lookup(FormAdministration.NewField field, FieldType type, String path) {
    if (type.usesLookup()) {
      if (field.lookup() == null || field.lookup().isBlank()) {
        errors.add(new FieldError(path + "lookup", "is required for " + type.code() + " fields"));
      } else if (!lookupExists.test(field.lookup())) {
        errors.add(new FieldError(path + "lookup", "names no lookup; create it first (POST /api/v1/lookups)"));
      }
    } else if (field.lookup() != null) {
      errors.add(new FieldError(path + "lookup", "applies to select and multi_select fields only"));
    }
  }

  private List<FieldDefinition> subfields(FormAdministration.NewField field, FieldType type, String path,
      boolean topLevel) {
    List<FormAdministration.NewField> requested = field.fields() == null ? List.of() : field.fields();
    if (type != FieldType.SUBFORM) {
      if (!requested.isEmpty()) {
        errors.add(new FieldError(path + "fields", "applies to subform fields only"));
      }
      return List.of();
    }
    if (!topLevel) {
      errors.add(new FieldError(path + "type", "a subform cannot hold another subform"));
      return List.of();
    }
    if (requested.isEmpty()) {
      errors.add(new FieldError(path + "fields", "a subform needs at least one field"));
    }
    List<FieldDefinition> definitions = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      String at = path + "fields[" + i + "].";
      FormAdministration.NewField sub = requested.get(i);
      if (sub == null) {
        errors.add(new FieldError(path + "fields[" + i + "]", "must be an object"));
        continue;
      }
      if (sub.key() != null && !keys.add(sub.key())) {
        errors.add(new FieldError(at + "key", "repeats the key " + sub.key()));
      }
      definitions.add(definition(sub, at, false));
    }
    return definitions;
  }

  /** Labels need English at least, so that every deployment can show something. */
  static void labels(Map<String, String> labels, String path, List<FieldError> errors) {
    if (labels == null || labels.get("en") == null || labels.get("en").isBlank()) {
      errors.add(new FieldError(path + ".en", "is required"));
    }
    if (labels == null) {
      return;
    }
    labels.forEach((language, label) -> {
      if (!LANGUAGE_TAG.matcher(language).matches()) {
        errors.add(new FieldError(path + "." + language, "is not a language tag such as en, fr, ar, es"));
      } else if (label == null || label.isBlank()) {
        errors.add(new FieldError(path + "." + language, "must not be empty"));
      } else if (label.length() > MAX_LABEL) {
        errors.add(new FieldError(path + "." + language, "must be at most " + MAX_LABEL + " characters"));
      }
    });
  }
}
