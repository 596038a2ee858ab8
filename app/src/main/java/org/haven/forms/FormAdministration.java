package org.haven.forms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.forms.persistence.FormRows;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a deployment extends its forms and lookups without code: new fields, new lookups and new values.
 * Additions only: a field or value once used in records keeps its meaning, so nothing is renamed or removed.
 */
@Service
public class FormAdministration {
  private final FormConfiguration configuration;
  private final FormRows rows;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;

  FormAdministration(FormConfiguration configuration, FormRows rows, AccessPolicy policy, AuditLog audit,
      JsonMapper json, Clock clock) {
    this.configuration = configuration;
    this.rows = rows;
    this.policy = policy;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** A field to add; {@code section} is one of the form's sections, by default a section of its own. */
  public record NewField(String key, String type, String lookup, Boolean required, Boolean multiple, Integer min,
      Integer max, Map<String, String> labels, String section, List<NewField> fields) {}

  public record NewLookupValue(String code, Map<String, String> labels) {}

  public record NewLookup(String id, Map<String, String> labels, List<NewLookupValue> values) {}

  @Transactional
  public FieldDefinition addField(Actor actor, String formId, NewField request) {
    require(actor, "form.field.add");
    Form form = configuration.form(formId).orElseThrow(() -> new NotFoundException("form " + formId));
    FieldDefinition field = new NewFieldCheck(id -> configuration.lookup(id).isPresent()).check(request);
    String section = request.section() == null ? FormConfiguration.CUSTOM_SECTION : request.section();
    if (!configuration.sectionKeys().contains(section)) {
      throw InvalidRequestException.of("section", "must be one of " + configuration.sectionKeys());
    }
    if (form.field(field.key()).isPresent()) {
      throw new ConflictException("the form " + formId + " has a field " + field.key() + " already");
    }
    UUID id = UUID.randomUUID();
    try {
      rows.insertField(new FormRows.FieldRow(id, formId, field.key(), section, json.writeValueAsString(field)),
          actor.userId(), clock.instant());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("the form " + formId + " has a field " + field.key() + " already");
    }
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), "form.field.add", "form_field", id,
        formId + "." + field.key()));
    configuration.invalidateAfterCommit();
    return field;
  }

  @Transactional
  public Lookup addLookup(Actor actor, NewLookup request) {
    require(actor, "lookup.add");
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      throw InvalidRequestException.of("body", "is required");
    }
    if (request.id() == null || !NewFieldCheck.CODE.matcher(request.id()).matches()) {
      errors.add(new FieldError("id", "must hold only lower-case letters, digits and _ (at most 60)"));
    }
    NewFieldCheck.labels(request.labels(), "labels", errors);
    List<NewLookupValue> values = request.values() == null ? List.of() : request.values();
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      checkValue(values.get(i), "values[" + i + "].", errors);
      if (values.get(i) != null && values.get(i).code() != null && !codes.add(values.get(i).code())) {
        errors.add(new FieldError("values[" + i + "].code", "repeats the code " + values.get(i).code()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (configuration.lookup(request.id()).isPresent()) {
      throw new ConflictException("a lookup " + request.id() + " exists already");
    }
    try {
      rows.insertLookup(new FormRows.LookupRow(request.id(), json.writeValueAsString(request.labels())),
          actor.userId(), clock.instant());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("a lookup " + request.id() + " exists already");
    }
    List<LookupValue> added = new ArrayList<>();
    for (NewLookupValue value : values) {
      added.add(insertValue(request.id(), value, actor));
    }
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), "lookup.add", "lookup", null, request.id()));
    configuration.invalidateAfterCommit();
    return new Lookup(request.id(), Lookup.DEPLOYMENT, request.labels(), added);
  }

  @Transactional
  public LookupValue addLookupValue(Actor actor, String lookupId, NewLookupValue request) {
    require(actor, "lookup.value.add");
    Lookup lookup = configuration.lookup(lookupId).orElseThrow(() -> new NotFoundException("lookup " + lookupId));
    if (Lookup.ISO.equals(lookup.source()) && !FormConfiguration.LANGUAGE.equals(lookupId)) {
      throw new ConflictException("the lookup " + lookupId + " follows ISO 3166 and takes no values of its own");
    }
    List<FieldError> errors = new ArrayList<>();
    checkValue(request, "", errors);
    if (FormConfiguration.LANGUAGE.equals(lookupId) && request != null && request.code() != null
        && !request.code().matches("[a-z]{3}")) {
      errors.add(new FieldError("code", "must be an ISO 639-3 code (three lower-case letters)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    if (lookup.value(request.code()).isPresent()) {
      throw new ConflictException("the lookup " + lookupId + " has a value " + request.code() + " already");
    }
    LookupValue value = insertValue(lookupId, request, actor);
    configuration.invalidateAfterCommit();
    return value;
  }

  private LookupValue insertValue(String lookupId, NewLookupValue value, Actor actor) {
    UUID id = UUID.randomUUID();
    try {
      rows.insertValue(new FormRows.ValueRow(id, lookupId, value.code(), json.writeValueAsString(value.labels())),
          actor.userId(), clock.instant());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("the lookup " + lookupId + " has a value " + value.code() + " already");
    }
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), "lookup.value.add", "lookup_value", id,
        lookupId + "." + value.code()));
    return new LookupValue(value.code(), value.labels());
  }

  private static void checkValue(NewLookupValue value, String path, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(path.isEmpty() ? "body" : path.substring(0, path.length() - 1), "is required"));
      return;
    }
    if (value.code() == null || !NewFieldCheck.CODE.matcher(value.code()).matches()) {
      errors.add(new FieldError(path + "code", "must hold only lower-case letters, digits and _ (at most 60)"));
    }
    NewFieldCheck.labels(value.labels(), path + "labels", errors);
  }

  private void require(Actor actor, String auditAction) {
    AccessDecision decision = policy.decide(actor, Action.FORM_MANAGE);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), auditAction, null, null, decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }
}
