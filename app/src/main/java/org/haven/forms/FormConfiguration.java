package org.haven.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.haven.forms.persistence.FormRows;
import org.haven.shared.FieldError;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form and lookup configuration in force: the shipped defaults with the deployment's additions merged
 * over them. Every case write consults it, so the merged result is kept in memory; a change made here
 * drops it once committed, and a timer drops it for changes made on other nodes.
 */
@Service
public class FormConfiguration {
  public static final String REGISTRATION = "registration";
  public static final String COUNTRY = "country";
  public static final String NATIONALITY = "nationality";
  public static final String LANGUAGE = "language";
  static final String CUSTOM_SECTION = "custom";
  private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {};

  private final FormRows rows;
  private final JsonMapper json;
  private final IsoCodes iso = new IsoCodes();
  private final Form shippedForm;
  private final List<Lookup> shippedLookups;
  private volatile Merged current;

  /** The merged configuration with, per lookup, its codes for constant-time checks. */
  private record Merged(Form form, Map<String, Lookup> lookups, Map<String, Set<String>> codes) {}

  record LookupFile(List<Lookup> lookups) {}

  FormConfiguration(FormRows rows, JsonMapper json) {
    this.rows = rows;
    this.json = json;
    this.shippedForm = read("forms/registration.json", Form.class);
    this.shippedLookups = read("forms/lookups.json", LookupFile.class).lookups().stream()
        .map(l -> new Lookup(l.id(), Lookup.STANDARD, l.labels(), l.values())).toList();
  }

  public boolean isLookupValue(String lookupId, String code) {
    Set<String> codes = merged().codes().get(lookupId);
    return codes != null && code != null && codes.contains(code);
  }

  /** An ISO 3166-1 alpha-3 code (upper case) of a country; not {@code stateless} nor {@code unknown}. */
  public boolean isCountryCode(String code) {
    return iso.isCountry(code);
  }

  /** An ISO 639-3 code (lower case) the JDK knows, on the shipped list, or added by the deployment. */
  public boolean isLanguageCode(String code) {
    return code != null && code.matches("[a-z]{3}") && isLookupValue(LANGUAGE, code);
  }

  /**
   * Errors of the deployment-defined values of a case (its {@code fields} object), each with the path
   * {@code fields.<key>}; empty when they are valid. A null node means no such values were sent, which is
   * an error only if the form has required non-core fields.
   */
  public List<FieldError> validateCustomFields(JsonNode fields) {
    return new CustomFieldValidator(registrationForm(), this::isLookupValue).validate(fields);
  }

  public Form registrationForm() {
    return merged().form();
  }

  public Optional<Form> form(String id) {
    return REGISTRATION.equals(id) ? Optional.of(registrationForm()) : Optional.empty();
  }

  public List<Lookup> lookups() {
    return List.copyOf(merged().lookups().values());
  }

  public Optional<Lookup> lookup(String id) {
    return Optional.ofNullable(merged().lookups().get(id));
  }

  /** Drops the merged configuration so that the next use reads the database again. */
  @Scheduled(fixedDelayString = "${haven.forms.cache-refresh:PT1M}",
      initialDelayString = "${haven.forms.cache-refresh:PT1M}")
  public void invalidate() {
    current = null;
  }

  /** Drops the merged configuration once the running transaction commits (at once outside one). */
  void invalidateAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          invalidate();
        }
      });
    } else {
      invalidate();
    }
  }

  private Merged merged() {
    Merged merged = current;
    if (merged == null) {
      merged = load();
      current = merged;
    }
    return merged;
  }

  private Merged load() {
    Map<String, Lookup> lookups = new LinkedHashMap<>();
    shippedLookups.forEach(l -> lookups.put(l.id(), l));
    lookups.put(COUNTRY, new Lookup(COUNTRY, Lookup.ISO, Map.of("en", "Country", "fr", "Pays", "ar", "البلد",
        "es", "País"), iso.countryValues()));
    List<LookupValue> nationalities = new ArrayList<>(iso.countryValues());
    nationalities.add(new LookupValue("stateless", Map.of("en", "Stateless", "fr", "Apatride", "ar", "عديم الجنسية",
        "es", "Apátrida")));
    nationalities.add(new LookupValue("unknown", Map.of("en", "Unknown", "fr", "Inconnue", "ar", "غير معروفة",
        "es", "Desconocida")));
    lookups.put(NATIONALITY, new Lookup(NATIONALITY, Lookup.ISO, Map.of("en", "Nationality", "fr", "Nationalité",
        "ar", "الجنسية", "es", "Nacionalidad"), nationalities));
    lookups.put(LANGUAGE, new Lookup(LANGUAGE, Lookup.ISO, Map.of("en", "Language", "fr", "Langue", "ar", "اللغة",
        "es", "Idioma"), iso.languageValues()));
    for (FormRows.LookupRow row : rows.lookups()) {
      lookups.putIfAbsent(row.id(), new Lookup(row.id(), Lookup.DEPLOYMENT, json.readValue(row.labels(), LABELS),
          List.of()));
    }
    Map<String, List<LookupValue>> added = new HashMap<>();
    for (FormRows.ValueRow row : rows.values()) {
      added.computeIfAbsent(row.lookupId(), k -> new ArrayList<>())
          .add(new LookupValue(row.code(), json.readValue(row.labels(), LABELS)));
    }
    added.forEach((id, values) -> {
      Lookup lookup = lookups.get(id);
      if (lookup != null) {
        List<LookupValue> all = new ArrayList<>(lookup.values());
        all.addAll(values);
        lookups.put(id, new Lookup(id, lookup.source(), lookup.labels(), all));
      }
    });
    Map<String, Set<String>> codes = new HashMap<>();
    lookups.forEach((id, lookup) -> {
      Set<String> set = new HashSet<>();
      lookup.values().forEach(v -> set.add(v.code()));
      codes.put(id, Set.copyOf(set));
    });
    return new Merged(mergedForm(), Map.copyOf(lookups), Map.copyOf(codes));
  }

  private Form mergedForm() {
    Map<String, List<FieldDefinition>> added = new LinkedHashMap<>();
    for (FormRows.FieldRow row : rows.fields()) {
      if (REGISTRATION.equals(row.formId())) {
        added.computeIfAbsent(row.section(), k -> new ArrayList<>())
            .add(json.readValue(row.definition(), FieldDefinition.class));
      }
    }
    List<FormSection> sections = new ArrayList<>();
    for (FormSection section : shippedForm.sections()) {
      List<FieldDefinition> fields = new ArrayList<>(section.fields());
      fields.addAll(added.getOrDefault(section.key(), List.of()));
      sections.add(new FormSection(section.key(), section.labels(), fields));
    }
    List<FieldDefinition> custom = added.getOrDefault(CUSTOM_SECTION, List.of());
    if (!custom.isEmpty()) {
      sections.add(new FormSection(CUSTOM_SECTION, Map.of("en", "Additional information",
          "fr", "Informations complémentaires", "ar", "معلومات إضافية", "es", "Información adicional"), custom));
    }
    return new Form(shippedForm.id(), shippedForm.labels(), sections);
  }

  /** Section keys a new field may go into: the shipped ones and the section of deployment additions. */
  Set<String> sectionKeys() {
    Set<String> keys = new HashSet<>();
    shippedForm.sections().forEach(s -> keys.add(s.key()));
    keys.add(CUSTOM_SECTION);
    return keys;
  }

  private <T> T read(String resource, Class<T> type) {
    try (InputStream in = FormConfiguration.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
