package org.haven.forms.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deployment's form and lookup additions, each stored as the JSON the configuration service reads. */
@Repository
public class FormRows {
  private final JdbcClient jdbc;

  FormRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record FieldRow(UUID id, String formId, String key, String section, String definition) {}

  public record LookupRow(String id, String labels) {}

  public record ValueRow(UUID id, String lookupId, String code, String labels) {}

  public List<FieldRow> fields() {
    return jdbc.sql("select id, form_id, field_key, section_key, definition from form_fields order by created_at, field_key")
        .query((rs, n) -> new FieldRow(rs.getObject("id", UUID.class), rs.getString("form_id"),
            rs.getString("field_key"), rs.getString("section_key"), rs.getString("definition")))
        .list();
  }

  public List<LookupRow> lookups() {
    return jdbc.sql("select id, labels from lookups order by created_at, id")
        .query((rs, n) -> new LookupRow(rs.getString("id"), rs.getString("labels"))).list();
  }

  public List<ValueRow> values() {
    return jdbc.sql("select id, lookup_id, code, labels from lookup_values order by created_at, code")
        .query((rs, n) -> new ValueRow(rs.getObject("id", UUID.class), rs.getString("lookup_id"), rs.getString("code"),
            rs.getString("labels")))
        .list();
  }

  public void insertField(FieldRow row, UUID by, Instant at) {
    jdbc.sql("insert into form_fields (id, form_id, field_key, section_key, definition, created_at, created_by)"
            + " values (?,?,?,?,?,?,?)")
        .params(row.id(), row.formId(), row.key(), row.section(), row.definition(), utc(at), by).update();
  }

  public void insertLookup(LookupRow row, UUID by, Instant at) {
    jdbc.sql("insert into lookups (id, labels, created_at, created_by) values (?,?,?,?)")
        .params(row.id(), row.labels(), utc(at), by).update();
  }

  public void insertValue(ValueRow row, UUID by, Instant at) {
    jdbc.sql("insert into lookup_values (id, lookup_id, code, labels, created_at, created_by) values (?,?,?,?,?,?)")
        .params(row.id(), row.lookupId(), row.code(), row.labels(), utc(at), by).update();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
