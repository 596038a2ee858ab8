package org.haven.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Field-level history of records: every change, by whom and when, from what to what. */
@Service
public class RecordHistory {
  private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RecordHistory(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public record Entry(Instant at, UUID by, List<FieldChange> changes) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String recordType, UUID recordId, UUID by, Instant at, List<FieldChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    jdbc.sql("insert into record_history (id, record_type, record_id, at, by_user, changes) values (?,?,?,?,?,?)")
        .params(UUID.randomUUID(), recordType, recordId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by,
            json.writeValueAsString(changes))
        .update();
  }

  /** One record's change, for {@link #recordAll}. */
  public record Change(String recordType, UUID recordId, UUID by, Instant at, List<FieldChange> changes) {}

  /** Records the changes of many records (a bulk import) as multi-row inserts, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAll(List<Change> all) {
    List<Change> nonEmpty = all.stream().filter(c -> !c.changes().isEmpty()).toList();
    for (int from = 0; from < nonEmpty.size(); from += ROWS_PER_STATEMENT) {
      List<Change> chunk = nonEmpty.subList(from, Math.min(nonEmpty.size(), from + ROWS_PER_STATEMENT));
      List<Object> params = new java.util.ArrayList<>(chunk.size() * 6);
      for (Change c : chunk) {
        java.util.Collections.addAll(params, UUID.randomUUID(), c.recordType(), c.recordId(),
            OffsetDateTime.ofInstant(c.at(), ZoneOffset.UTC), c.by(), json.writeValueAsString(c.changes()));
      }
      jdbc.sql("insert into record_history (id, record_type, record_id, at, by_user, changes) values "
          + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?)"))).params(params).update();
    }
  }

  private static final int ROWS_PER_STATEMENT = 1000;

  public List<Entry> of(UUID recordId) {
    return jdbc.sql("select at, by_user, changes from record_history where record_id = ? order by at, id")
        .param(recordId)
        .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class).toInstant(),
            rs.getObject("by_user", UUID.class), json.readValue(rs.getString("changes"), CHANGES)))
        .list();
  }
}
