package org.haven.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.forms.persistence.FormRows;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FormConfigurationTest {
  private static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

  private final FormRows rows = mock(FormRows.class);
  private final FormConfiguration forms = new FormConfiguration(rows, JsonMapper.builder().build());

  @Test
  void shipsTheRegistrationFormInItsSections() {
    assertThat(forms.registrationForm().sections()).extracting(FormSection::key).containsExactly(
        "identity", "family", "care_arrangements", "journey", "protection_concerns", "consent");
    assertThat(forms.registrationForm().field("sex")).hasValueSatisfying(sex -> {
      assertThat(sex.type()).isEqualTo(FieldType.SELECT);
      assertThat(sex.lookup()).isEqualTo("sex");
      assertThat(sex.isRequired()).isTrue();
      assertThat(sex.isCore()).isTrue();
    });
    assertThat(forms.registrationForm().field("journey").orElseThrow().fields()).extracting(FieldDefinition::key)
        .contains("stage", "country", "means", "conditions");
  }

  @Test
  void labelsEveryFieldSectionAndValueInTheFourShippedLanguages() {
    List<String> unlabelled = new ArrayList<>();
    for (FormSection section : forms.registrationForm().sections()) {
      check("section " + section.key(), section.labels().keySet(), unlabelled);
      section.fields().forEach(field -> checkField(field, unlabelled));
    }
    for (Lookup lookup : forms.lookups()) {
      check("lookup " + lookup.id(), lookup.labels().keySet(), unlabelled);
      lookup.values().forEach(v -> check(lookup.id() + "." + v.code(), v.labels().keySet(), unlabelled));
    }
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void everyLookupAFieldNamesExists() {
    List<String> missing = new ArrayList<>();
    forms.registrationForm().fields().forEach(field -> {
      checkLookup(field, missing);
      field.fields().forEach(sub -> checkLookup(sub, missing));
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void shipsThePrimeroCodes() {
    assertThat(forms.lookup("protection_concerns").orElseThrow().values()).extracting(LookupValue::code)
        .contains("trafficked_smuggled", "caafag", "worst_forms_of_child_labor", "child_headed_household")
        .hasSize(18);
    assertThat(forms.lookup("family_relationship").orElseThrow().values()).hasSize(13);
    assertThat(forms.lookup("separation_cause").orElseThrow().values()).hasSize(16);
    assertThat(forms.lookup("care_arrangement_type").orElseThrow().values()).extracting(LookupValue::code)
        .contains("parent_s", "kafala", "no_care_arrangement").hasSize(13);
    assertThat(forms.isLookupValue("sex", "female")).isTrue();
    assertThat(forms.isLookupValue("sex", "f")).isFalse();
    assertThat(forms.isLookupValue("no_such_lookup", "female")).isFalse();
    assertThat(forms.isLookupValue("displacement_status", "idp")).isTrue();
  }

  @Test
  void checksCountryCodesAgainstIso3166Alpha3() {
    assertThat(forms.isCountryCode("SOM")).isTrue();
    assertThat(forms.isCountryCode("AFG")).isTrue();
    assertThat(forms.isCountryCode("som")).isFalse();
    assertThat(forms.isCountryCode("SO")).isFalse();
    assertThat(forms.isCountryCode("XYZ")).isFalse();
    assertThat(forms.isCountryCode(null)).isFalse();
    assertThat(forms.isLookupValue("nationality", "stateless")).isTrue();
    assertThat(forms.lookup("country").orElseThrow().value("SYR").orElseThrow().labels())
        .containsEntry("en", "Syria").containsKeys("fr", "ar", "es");
  }

  @Test
  void checksLanguageCodesAgainstTheJdkAndTheShippedList() {
    for (String code : List.of("ara", "prs", "pus", "tir", "amh", "som", "ukr", "rus", "spa", "fra", "eng", "rhg",
        "mya", "kur", "fas", "urd", "ben", "swa", "hau", "ful", "orm", "din", "nus", "deu")) {
      assertThat(forms.isLanguageCode(code)).as(code).isTrue();
    }
    assertThat(forms.isLanguageCode("ENG")).isFalse();
    assertThat(forms.isLanguageCode("en")).isFalse();
    assertThat(forms.isLanguageCode("qqq")).isFalse();
    assertThat(forms.isLanguageCode(null)).isFalse();
  }

  @Test
  void mergesDeploymentFieldsAndValuesOverTheDefaults() {
    when(rows.fields()).thenReturn(List.of(new FormRows.FieldRow(UUID.randomUUID(), "registration", "schoolGrade",
        "custom", "{\"key\":\"schoolGrade\",\"type\":\"integer\",\"min\":0,\"max\":12,\"labels\":{\"en\":\"Grade\"}}"),
        new FormRows.FieldRow(UUID.randomUUID(), "registration", "tribe", "identity",
            "{\"key\":\"tribe\",\"type\":\"text\",\"labels\":{\"en\":\"Tribe\"}}")));
    when(rows.values()).thenReturn(List.of(new FormRows.ValueRow(UUID.randomUUID(), "travel_means", "horse",
        "{\"en\":\"Horse\",\"fr\":\"Cheval\"}")));
    forms.invalidate();

    Form form = forms.registrationForm();
    assertThat(form.sections()).extracting(FormSection::key).endsWith("custom");
    assertThat(form.sections().get(0).fields()).extracting(FieldDefinition::key).endsWith("tribe");
    assertThat(form.field("schoolGrade").orElseThrow().max()).isEqualTo(12);
    assertThat(forms.isLookupValue("travel_means", "horse")).isTrue();
    assertThat(forms.lookup("travel_means").orElseThrow().values()).last()
        .satisfies(v -> assertThat(v.labels()).containsEntry("fr", "Cheval"));
  }

  private static void checkField(FieldDefinition field, List<String> unlabelled) {
    check("field " + field.key(), field.labels().keySet(), unlabelled);
    field.fields().forEach(sub -> checkField(sub, unlabelled));
  }

  private static void check(String what, java.util.Set<String> languages, List<String> unlabelled) {
    if (!languages.containsAll(LANGUAGES)) {
      unlabelled.add(what);
    }
  }

  private void checkLookup(FieldDefinition field, List<String> missing) {
    if (field.lookup() != null && forms.lookup(field.lookup()).isEmpty()) {
      missing.add(field.key() + " -> " + field.lookup());
    }
  }
}
