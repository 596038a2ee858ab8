package org.haven.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.shared.FieldError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CustomFieldValidationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Set<String>> LOOKUPS = Map.of("travel_means", Set.of("bus", "boat"),
      "school_type", Set.of("public", "private", "none"));

  private final Form form = new Form("registration", Map.of("en", "Registration"), List.of(
      new FormSection("identity", Map.of("en", "Identity"), List.of(
          field("sex", FieldType.SELECT, "sex", true, true),
          field("schoolType", FieldType.SELECT, "school_type", true, false),
          field("nickname", FieldType.TEXT, null, false, false),
          new FieldDefinition("siblingsInCountry", FieldType.INTEGER, null, false, false, false, 0, 20,
              Map.of("en", "Siblings"), null),
          field("hasDocuments", FieldType.BOOLEAN, null, false, false),
          field("arrivalDate", FieldType.DATE, null, false, false),
          field("lastSchoolYear", FieldType.PARTIAL_DATE, null, false, false),
          field("meansSeen", FieldType.MULTI_SELECT, "travel_means", false, false),
          new FieldDefinition("contacts", FieldType.SUBFORM, null, false, false, true, null, null,
              Map.of("en", "Contacts"), List.of(field("name", FieldType.TEXT, null, true, false),
                  field("phoneVerified", FieldType.BOOLEAN, null, false, false)))))));

  @Test
  void acceptsValidValues() {
    assertThat(validate("""
        {"schoolType": "public", "nickname": "Abu", "siblingsInCountry": 3, "hasDocuments": false,
         "arrivalDate": "2024-02-29", "lastSchoolYear": "2023-09", "meansSeen": ["bus", "boat"],
         "contacts": [{"name": "Amina", "phoneVerified": true}]}
        """)).isEmpty();
  }

  @Test
  void namesUnknownKeysAndCoreFields() {
    assertThat(validate("""
        {"schoolType": "none", "favouriteColour": "blue", "sex": "female"}
        """)).extracting(FieldError::field).containsExactlyInAnyOrder("fields.favouriteColour", "fields.sex");
  }

  @Test
  void namesWrongTypes() {
    assertThat(validate("""
        {"schoolType": "none", "nickname": 7, "siblingsInCountry": "3", "hasDocuments": "yes",
         "arrivalDate": "2024-02-30", "lastSchoolYear": "2023-13", "meansSeen": "bus", "contacts": {"name": "A"}}
        """)).extracting(FieldError::field).containsExactlyInAnyOrder("fields.nickname", "fields.siblingsInCountry",
        "fields.hasDocuments", "fields.arrivalDate", "fields.lastSchoolYear", "fields.meansSeen", "fields.contacts");
  }

  @Test
  void namesValuesOutsideTheirLookupOrRange() {
    List<FieldError> errors = validate("""
        {"schoolType": "boarding", "siblingsInCountry": 21, "meansSeen": ["bus", "camel", "bus"]}
        """);
    assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("fields.schoolType",
        "fields.siblingsInCountry", "fields.meansSeen[1]", "fields.meansSeen[2]");
    assertThat(errors).filteredOn(e -> e.field().equals("fields.schoolType")).first()
        .satisfies(e -> assertThat(e.message()).contains("school_type"));
  }

  @Test
  void namesMissingRequiredFieldsAlsoInsideSubforms() {
    assertThat(validate("""
        {"schoolType": "", "contacts": [{"phoneVerified": true}, "Amina", {"name": "B", "phone": "1"}]}
        """)).extracting(FieldError::field).containsExactlyInAnyOrder("fields.schoolType", "fields.contacts[0].name",
        "fields.contacts[1]", "fields.contacts[2].phone");
  }

  @Test
  void treatsANullNodeAsNoValues() {
    assertThat(validator().validate(null)).extracting(FieldError::field).containsExactly("fields.schoolType");
    assertThat(validator().validate(JSON.nullNode())).extracting(FieldError::field)
        .containsExactly("fields.schoolType");
  }

  @Test
  void refusesANonObject() {
    assertThat(validate("[1, 2]")).containsExactly(new FieldError("fields", "must be an object"));
  }

  private List<FieldError> validate(String json) {
    JsonNode node = JSON.readTree(json);
    return validator().validate(node);
  }

  private CustomFieldValidator validator() {
    return new CustomFieldValidator(form, (lookup, code) -> LOOKUPS.getOrDefault(lookup, Set.of()).contains(code));
  }

  private static FieldDefinition field(String key, FieldType type, String lookup, boolean required, boolean core) {
    return new FieldDefinition(key, type, lookup, required, core, false, null, null, Map.of("en", key), null);
  }
}
