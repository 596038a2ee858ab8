package org.haven.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.RecordFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Cases in the database: typed columns for what logic filters on, the JSON document for the rest. */
@Repository
public class CaseRows {
  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final JsonMapper json;
  private final int frequentKey;

  CaseRows(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json,
      @Value("${haven.search.frequent-name-key:10000}") int frequentKey) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.json = json;
    this.frequentKey = frequentKey;
  }

  public long nextCaseNumber() {
    return jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
  }

  public void insert(ChildCase c) {
    CaseDetails d = c.details();
    jdbc.sql("""
            insert into cases (id, case_number, status, version, owner_id, agency_id, location_id, given_name,
                family_name, sex, date_of_birth, birth_year, age_years, protection_status, displacement_status,
                risk_level, consent_tracing, consent_services, consent_reporting, document, created_at, created_by,
                updated_at, updated_by)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(c.id(), c.caseNumber(), c.status().code(), c.version(), c.ownerId(), c.agencyId(), d.locationId(),
            d.givenName(), d.familyName(), d.sex(), d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
            d.dateOfBirth() == null ? null : d.dateOfBirth().year(), d.ageYears(), d.protectionStatus(),
            d.displacementStatus(), d.riskLevel(), d.consent().allowsTracing(), d.consent().allowsServices(),
            d.consent().allowsReporting(), json.writeValueAsString(d), at(c.createdAt()), c.createdBy(),
            at(c.updatedAt()), c.updatedBy())
        .update();
  }

  /** Writes a new version; false when the stored version is no longer {@code expectedVersion}. */
  public boolean update(ChildCase c, long expectedVersion) {
    CaseDetails d = c.details();
    return jdbc.sql("""
            update cases set version = ?, status = ?, location_id = ?, given_name = ?, family_name = ?, sex = ?,
                date_of_birth = ?, birth_year = ?, age_years = ?, protection_status = ?, displacement_status = ?,
                risk_level = ?, consent_tracing = ?, consent_services = ?, consent_reporting = ?, document = ?,
                updated_at = ?, updated_by = ?
            where id = ? and version = ? and deleted_at is null""")
        .params(c.version(), c.status().code(), d.locationId(), d.givenName(), d.familyName(), d.sex(),
            d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
            d.dateOfBirth() == null ? null : d.dateOfBirth().year(), d.ageYears(), d.protectionStatus(),
            d.displacementStatus(), d.riskLevel(), d.consent().allowsTracing(), d.consent().allowsServices(),
            d.consent().allowsReporting(), json.writeValueAsString(d), at(c.updatedAt()), c.updatedBy(), c.id(),
            expectedVersion)
        .update() == 1;
  }

  /** Gives the case another owner and agency; false when the stored version is no longer {@code expectedVersion}. */
  public boolean updateOwnership(UUID id, long expectedVersion, UUID ownerId, UUID agencyId, UUID by, Instant at) {
    return jdbc.sql("update cases set version = version + 1, owner_id = ?, agency_id = ?, updated_at = ?,"
            + " updated_by = ? where id = ? and version = ? and deleted_at is null")
        .params(ownerId, agencyId, at(at), by, id, expectedVersion).update() == 1;
  }

  /** Open cases per owner within the scope: how many, and how many of them are high-risk. */
  public record OwnerLoad(UUID ownerId, long open, long highRisk) {}

  public List<OwnerLoad> workload(RecordFilter scope) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where c.deleted_at is null and c.status = 'open'");
    scope.appendTo("c", where, params);
    return jdbc.sql("select c.owner_id, count(*) as open_cases, sum(case when c.risk_level = 'high' then 1 else 0 end)"
            + " as high_risk from cases c" + where + " group by c.owner_id order by open_cases desc")
        .params(params)
        .query((rs, n) -> new OwnerLoad(rs.getObject("owner_id", UUID.class), rs.getLong("open_cases"),
            rs.getLong("high_risk")))
        .list();
  }

  /** Marks the case deleted, keeping the row; false when the stored version is no longer {@code expectedVersion}. */
  public boolean softDelete(UUID id, long expectedVersion, UUID by, Instant at, String reason) {
    return jdbc.sql("""
            update cases set version = version + 1, deleted_at = ?, deleted_by = ?, deleted_reason = ?,
                updated_at = ?, updated_by = ?
            where id = ? and version = ? and deleted_at is null""")
        .params(at(at), by, reason, at(at), by, id, expectedVersion).update() == 1;
  }

  public Optional<ChildCase> find(UUID id) {
    return jdbc.sql("select * from cases where id = ? and deleted_at is null").param(id).query(this::map).optional();
  }

  public List<ChildCase> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from cases where deleted_at is null and id in (" + placeholders(ids.size()) + ")")
        .params(new ArrayList<>(ids)).query(this::map).list();
  }

  /** Every live case, in batches, for rebuilding in-memory indexes. */
  public void forEach(java.util.function.Consumer<ChildCase> consumer) {
    UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    boolean first = true;
    while (true) {
      List<ChildCase> batch = first
          ? jdbc.sql("select * from cases where deleted_at is null order by id limit 5000").query(this::map).list()
          : jdbc.sql("select * from cases where deleted_at is null and id > ? order by id limit 5000").param(after)
              .query(this::map).list();
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(consumer);
      after = batch.get(batch.size() - 1).id();
      first = false;
    }
  }

  public boolean exists(UUID id) {
    return jdbc.sql("select count(*) from cases where id = ?").param(id).query(Long.class).single() > 0;
  }

  public void replaceNameKeys(UUID caseId, Set<String> keys) {
    jdbc.sql("delete from case_name_keys where case_id = ?").param(caseId).update();
    List<Object[]> rows = keys.stream().map(key -> new Object[] {key, caseId}).toList();
    batches.batchUpdate("insert into case_name_keys (name_key, case_id) values (?, ?)", rows);
  }

  /** {@code n} case numbers in one round trip, for bulk imports. */
  public List<Long> nextCaseNumbers(int n) {
    return jdbc.sql("select nextval('case_number_seq') from generate_series(1, ?)").param(n).query(Long.class)
        .list();
  }

  /**
   * Inserts new cases as multi-row statements: a bulk import of a million cases would spend most of its
   * time in round trips if each case were a statement of its own.
   */
  public void insertAll(List<ChildCase> cases) {
    for (int from = 0; from < cases.size(); from += ROWS_PER_STATEMENT) {
      List<ChildCase> chunk = cases.subList(from, Math.min(cases.size(), from + ROWS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * 24);
      for (ChildCase c : chunk) {
        CaseDetails d = c.details();
        java.util.Collections.addAll(params, c.id(), c.caseNumber(), c.status().code(), c.version(), c.ownerId(),
            c.agencyId(), d.locationId(), d.givenName(), d.familyName(), d.sex(),
            d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
            d.dateOfBirth() == null ? null : d.dateOfBirth().year(), d.ageYears(), d.protectionStatus(),
            d.displacementStatus(), d.riskLevel(), d.consent().allowsTracing(), d.consent().allowsServices(),
            d.consent().allowsReporting(), json.writeValueAsString(d), at(c.createdAt()), c.createdBy(),
            at(c.updatedAt()), c.updatedBy());
      }
      jdbc.sql("""
              insert into cases (id, case_number, status, version, owner_id, agency_id, location_id, given_name,
                  family_name, sex, date_of_birth, birth_year, age_years, protection_status, displacement_status,
                  risk_level, consent_tracing, consent_services, consent_reporting, document, created_at, created_by,
                  updated_at, updated_by)
              values """ + rows(chunk.size(), 24))
          .params(params).update();
    }
  }

  /**
   * Refreshes the query planner's statistics. After a bulk import they still describe the tables as they
   * were before it, and PostgreSQL then plans name searches as if the tables were nearly empty: measured
   * on 20,000 imported cases, one search took 57 s before and 0.14 s after.
   */
  public void refreshStatistics() {
    jdbc.sql("analyze").update();
  }

  /** The name keys of new cases (none stored yet), as multi-row statements. */
  public void insertNameKeys(java.util.Map<UUID, Set<String>> keysByCase) {
    List<Object> params = new ArrayList<>();
    for (var entry : keysByCase.entrySet()) {
      for (String key : entry.getValue()) {
        params.add(key);
        params.add(entry.getKey());
        if (params.size() == 2 * KEYS_PER_STATEMENT) {
          insertKeys(params);
          params.clear();
        }
      }
    }
    if (!params.isEmpty()) {
      insertKeys(params);
    }
  }

  private void insertKeys(List<Object> params) {
    jdbc.sql("insert into case_name_keys (name_key, case_id) values " + rows(params.size() / 2, 2)).params(params)
        .update();
  }

  // Well below the 32,767 bind parameters a PostgreSQL statement may carry.
  private static final int ROWS_PER_STATEMENT = 1000;
  private static final int KEYS_PER_STATEMENT = 5000;

  private static String rows(int n, int columns) {
    String row = "(" + placeholders(columns) + ")";
    return String.join(",", java.util.Collections.nCopies(n, row));
  }

  /** Which records a caller reaches, as SQL over the cases table. */
  public record Filter(Set<String> nameKeys, String status, String riskLevel, RecordFilter scope, int limit,
      int offset) {}

  public record Page(List<ChildCase> items, long total) {}

  /**
   * Cases within the scope that match the filters; with name keys, those sharing most keys with the query
   * come first (keys of very common names count only when the query has no rarer ones).
   */
  public Page search(Filter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where c.deleted_at is null");
    if (filter.status() != null) {
      where.append(" and c.status = ?");
      params.add(filter.status());
    }
    if (filter.riskLevel() != null) {
      where.append(" and c.risk_level = ?");
      params.add(filter.riskLevel());
    }
    filter.scope().appendTo("c", where, params);
    String from = " from cases c";
    String order = " order by c.created_at desc, c.id";
    List<Object> keyParams = new ArrayList<>();
    if (filter.nameKeys() != null) {
      if (filter.nameKeys().isEmpty()) {
        return new Page(List.of(), 0);
      }
      Set<String> keys = selective(filter.nameKeys());
      from = " from cases c join (select case_id, count(*) as hits from case_name_keys where name_key in ("
          + placeholders(keys.size()) + ") group by case_id) m on m.case_id = c.id";
      keyParams.addAll(keys);
      order = " order by m.hits desc, c.created_at desc, c.id";
    }
    List<Object> all = new ArrayList<>(keyParams);
    all.addAll(params);
    long total = jdbc.sql("select count(*)" + from + where).params(all).query(Long.class).single();
    List<ChildCase> items = jdbc.sql("select c.*" + from + where + order + " limit " + filter.limit() + " offset "
        + filter.offset()).params(all).query(this::map).list();
    return new Page(items, total);
  }

  /**
   * The query's keys without those shared by more than {@code haven.search.frequent-name-key} cases, unless
   * no rarer key is shared by any case. The matching index leaves such keys out in the same way: in a
   * registry of 1,000,000 children the keys of Mohammed or Ahmad are shared by tens of thousands, and
   * aggregating them took seconds (the slowest 1% of name searches) for a search that the rarer part of the
   * name (Zarghuna Mohammed) already answers.
   */
  private Set<String> selective(Set<String> keys) {
    // One statement counts every key; each count stops past the threshold, so a common key costs a bounded
    // walk of the primary key's index.
    String perKey = "select cast(? as varchar(60)) as name_key, count(*) as shared from (select 1 from"
        + " case_name_keys where name_key = ? limit " + (frequentKey + 1) + ") k";
    List<Object> params = new ArrayList<>();
    keys.forEach(key -> {
      params.add(key);
      params.add(key);
    });
    Map<String, Long> shared = new HashMap<>();
    jdbc.sql(String.join(" union all ", java.util.Collections.nCopies(keys.size(), perKey))).params(params)
        .query((ResultSet rs) -> {
          shared.put(rs.getString("name_key"), rs.getLong("shared"));
        });
    Set<String> rarer = new LinkedHashSet<>();
    for (String key : keys) {
      long n = shared.getOrDefault(key, 0L);
      if (n > 0 && n <= frequentKey) {
        rarer.add(key);
      }
    }
    return rarer.isEmpty() ? keys : rarer;
  }

  /**
   * The cases among {@code ranked} (best first) that are within the filter's scope and match its status and
   * risk level, in the order given, paged. The filter's name keys are not used: the ranking already
   * stands for the name match.
   */
  public Page searchAmong(List<UUID> ranked, Filter filter) {
    if (ranked.isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<Object> params = new ArrayList<>(ranked);
    StringBuilder where = new StringBuilder(" where c.id in (" + placeholders(ranked.size()) + ")"
        + " and c.deleted_at is null");
    if (filter.status() != null) {
      where.append(" and c.status = ?");
      params.add(filter.status());
    }
    if (filter.riskLevel() != null) {
      where.append(" and c.risk_level = ?");
      params.add(filter.riskLevel());
    }
    filter.scope().appendTo("c", where, params);
    Set<UUID> reached = new HashSet<>(
        jdbc.sql("select c.id from cases c" + where).params(params).query(UUID.class).list());
    List<UUID> inOrder = ranked.stream().filter(reached::contains).toList();
    List<UUID> page = inOrder.subList(Math.min(filter.offset(), inOrder.size()),
        Math.min(filter.offset() + filter.limit(), inOrder.size()));
    Map<UUID, ChildCase> byId = new HashMap<>();
    findAll(page).forEach(c -> byId.put(c.id(), c));
    return new Page(page.stream().map(byId::get).filter(Objects::nonNull).toList(), inOrder.size());
  }

  private ChildCase map(ResultSet rs, int row) throws SQLException {
    return new ChildCase(rs.getObject("id", UUID.class), rs.getString("case_number"),
        CaseStatus.fromCode(rs.getString("status")), rs.getLong("version"), rs.getObject("owner_id", UUID.class),
        rs.getObject("agency_id", UUID.class), instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
        instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class),
        json.readValue(rs.getString("document"), CaseDetails.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
