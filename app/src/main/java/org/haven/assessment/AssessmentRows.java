package org.haven.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.assessment.domain.Assessment;
import org.haven.assessment.domain.AssessmentStatus;
import org.haven.assessment.domain.Finding;
import org.haven.assessment.domain.Level;
import org.haven.assessment.domain.RiskLevel;
import org.haven.assessment.domain.RiskProposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Assessments and screenings in the database: typed columns for what logic filters on, a document for the rest. */
@Repository
class AssessmentRows {
  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AssessmentRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Assessment a) {
    jdbc.sql("""
            insert into assessments (id, level, case_id, location_id, country, status, proposed_risk, override_risk,
                override_reason, overridden_by, version, document, agency_id, created_at, created_by, updated_at,
                updated_by, approved_at, approved_by)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
        .params(a.id(), a.level().code(), a.caseId(), a.locationId(), a.country(), a.status().code(),
            a.proposal().level().code(), code(a.overrideRisk()), a.overrideReason(), a.overriddenBy(), a.version(),
            document(a), a.agencyId(), at(a.createdAt()), a.createdBy(), at(a.updatedAt()), a.updatedBy(),
            at(a.approvedAt()), a.approvedBy())
        .update();
  }

  /** Writes a new version; false when the stored version is no longer {@code expectedVersion}. */
  boolean update(Assessment a, long expectedVersion) {
    return jdbc.sql("""
            update assessments set status = ?, proposed_risk = ?, override_risk = ?, override_reason = ?,
                overridden_by = ?, version = ?, document = ?, updated_at = ?, updated_by = ?, approved_at = ?,
                approved_by = ?
            where id = ? and version = ?""")
        .params(a.status().code(), a.proposal().level().code(), code(a.overrideRisk()), a.overrideReason(),
            a.overriddenBy(), a.version(), document(a), at(a.updatedAt()), a.updatedBy(), at(a.approvedAt()),
            a.approvedBy(), a.id(), expectedVersion)
        .update() == 1;
  }

  Optional<Assessment> find(UUID id) {
    return jdbc.sql("select * from assessments where id = ?").param(id).query(this::map).optional();
  }

  List<Assessment> ofCase(UUID caseId) {
    return jdbc.sql("select * from assessments where case_id = ? order by created_at desc").param(caseId)
        .query(this::map).list();
  }

  /** The most recently approved assessment of the case at this level. */
  Optional<Assessment> latestApproved(UUID caseId, Level level) {
    return jdbc.sql("""
            select * from assessments where case_id = ? and level = ? and status = 'approved'
            order by approved_at desc limit 1""")
        .params(caseId, level.code()).query(this::map).optional();
  }

  /** Approved community assessments of any of these areas, newest first. */
  List<Assessment> approvedOfAreas(Collection<UUID> locationIds) {
    if (locationIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from assessments where level = 'community' and status = 'approved' and location_id in ("
            + String.join(",", java.util.Collections.nCopies(locationIds.size(), "?")) + ") order by approved_at desc")
        .params(new ArrayList<>(locationIds)).query(this::map).list();
  }

  List<Assessment> approvedOfCountry(String country) {
    return jdbc.sql("""
            select * from assessments where level = 'structural' and status = 'approved' and country = ?
            order by approved_at desc""")
        .param(country).query(this::map).list();
  }

  List<Assessment> context(Level level, int limit) {
    return jdbc.sql("select * from assessments where level = ? order by created_at desc limit ?")
        .params(level.code(), limit).query(this::map).list();
  }

  record ScreeningRow(UUID id, UUID caseId, String flag, JsonNode document, Instant createdAt, UUID createdBy) {}

  void insertScreening(ScreeningRow s) {
    jdbc.sql("insert into screenings (id, case_id, flag, document, created_at, created_by) values (?,?,?,?,?,?)")
        .params(s.id(), s.caseId(), s.flag(), json.writeValueAsString(s.document()), at(s.createdAt()), s.createdBy())
        .update();
  }

  List<ScreeningRow> screeningsOf(UUID caseId) {
    return jdbc.sql("select * from screenings where case_id = ? order by created_at desc, id").param(caseId)
        .query((rs, n) -> new ScreeningRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getString("flag"), json.readTree(rs.getString("document")), instant(rs, "created_at"),
            rs.getObject("created_by", UUID.class)))
        .list();
  }

  private String document(Assessment a) {
    ObjectNode doc = json.createObjectNode();
    doc.set("findings", json.valueToTree(a.findings()));
    doc.put("notes", a.notes());
    doc.put("score", a.proposal().score());
    doc.set("reasons", json.valueToTree(a.proposal().reasons()));
    return json.writeValueAsString(doc);
  }

  private Assessment map(ResultSet rs, int n) throws SQLException {
    JsonNode doc = json.readTree(rs.getString("document"));
    String override = rs.getString("override_risk");
    RiskProposal proposal = new RiskProposal(RiskLevel.fromCode(rs.getString("proposed_risk")),
        doc.path("score").asInt(), json.treeToValue(doc.get("reasons"), STRINGS));
    return new Assessment(rs.getObject("id", UUID.class), Level.fromCode(rs.getString("level")),
        rs.getObject("case_id", UUID.class), rs.getObject("location_id", UUID.class), rs.getString("country"),
        AssessmentStatus.fromCode(rs.getString("status")), proposal,
        override == null ? null : RiskLevel.fromCode(override), rs.getString("override_reason"),
        rs.getObject("overridden_by", UUID.class), rs.getLong("version"),
        json.treeToValue(doc.get("findings"), FINDINGS),
        doc.path("notes").isNull() ? null : doc.path("notes").asString(null),
        rs.getObject("agency_id", UUID.class), instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
        instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class), instant(rs, "approved_at"),
        rs.getObject("approved_by", UUID.class));
  }

  private static String code(RiskLevel level) {
    return level == null ? null : level.code();
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
