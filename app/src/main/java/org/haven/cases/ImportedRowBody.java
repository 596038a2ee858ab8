package org.haven.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A row of the matching interchange contract as the case body a client would send, so that an imported
 * case passes exactly the checks of one registered through the API; and, for an error the body
 * validation reports, the column of the row it came from.
 */
final class ImportedRowBody {
  /** Field of the registration form that keeps the row's record_id, when the deployment defines it. */
  static final String SOURCE_RECORD_ID = "sourceRecordId";

  private final ObjectNode body;
  // family[i] of the body came from this column (father_name or mother_name).
  private final List<String> familyColumns = new ArrayList<>(2);

  private ImportedRowBody(ObjectNode body) {
    this.body = body;
  }

  static ImportedRowBody of(ImportCsv.Row row, boolean keepRecordId, JsonMapper json) {
    ImportedRowBody b = new ImportedRowBody(json.createObjectNode());
    ObjectNode body = b.body;
    text(body, "givenName", row.get("given_name"));
    text(body, "familyName", row.get("family_name"));
    String otherNames = row.get("other_names");
    if (otherNames != null) {
      ArrayNode names = body.putArray("otherNames");
      for (String name : otherNames.split(";")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    body.put("sex", sex(row.get("sex")));
    text(body, "dateOfBirth", row.get("date_of_birth"));
    String age = row.get("age_years");
    if (age != null) {
      if (age.matches("\\d{1,9}")) {
        body.put("ageYears", Integer.parseInt(age));
      } else {
        body.put("ageYears", age);
      }
    }
    String nationality = row.get("nationality");
    if (nationality != null) {
      body.putArray("nationality").add(nationality);
    }
    text(body, "placeOfOrigin", row.get("place_of_origin"));
    b.parent(row, "father_name", "father");
    b.parent(row, "mother_name", "mother");
    String separationDate = row.get("separation_date");
    String separationPlace = row.get("separation_place");
    if (separationDate != null || separationPlace != null) {
      ObjectNode separation = body.putObject("separation");
      text(separation, "date", separationDate);
      text(separation, "place", separationPlace);
    }
    if (keepRecordId) {
      body.putObject("fields").put(SOURCE_RECORD_ID, row.get("record_id"));
    }
    return b;
  }

  ObjectNode body() {
    return body;
  }

  /** The CSV column behind a field path of the body, or null for a field no column feeds. */
  String columnOf(String path) {
    if (path.startsWith("family[")) {
      int index = Integer.parseInt(path.substring("family[".length(), path.indexOf(']')));
      return index < familyColumns.size() ? familyColumns.get(index) : null;
    }
    String field = path.split("[.\\[]", 2)[0];
    return switch (field) {
      case "givenName" -> "given_name";
      case "familyName" -> "family_name";
      case "otherNames" -> "other_names";
      case "sex" -> "sex";
      case "dateOfBirth" -> "date_of_birth";
      case "ageYears" -> "age_years";
      case "nationality" -> "nationality";
      case "placeOfOrigin" -> "place_of_origin";
      case "separation" -> path.startsWith("separation.date") ? "separation_date" : "separation_place";
      case "fields" -> path.equals("fields." + SOURCE_RECORD_ID) ? "record_id" : null;
      default -> null;
    };
  }

  private void parent(ImportCsv.Row row, String column, String relationship) {
    String name = row.get(column);
    if (name != null) {
      ArrayNode family = body.has("family") ? (ArrayNode) body.get("family") : body.putArray("family");
      family.addObject().put("relationship", relationship).put("name", name);
      familyColumns.add(column);
    }
  }

  /**
   * The contract's sex codes, with its one-letter forms; a registration needs a sex, and a row without
   * one says that it is not known.
   */
  private static String sex(String value) {
    if (value == null) {
      return "unknown";
    }
    String code = value.toLowerCase(Locale.ROOT);
    return switch (code) {
      case "f" -> "female";
      case "m" -> "male";
      default -> code;
    };
  }

  private static void text(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
