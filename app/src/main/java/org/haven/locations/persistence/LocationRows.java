package org.haven.locations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.locations.Location;
import org.haven.locations.LocationAlias;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Locations and their aliases in the database. */
@Repository
public class LocationRows {
  /** Keeps IN lists well below the bind-parameter limits of both databases. */
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  LocationRows(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A stored unit without its aliases, as the import compares it. */
  public record Stored(UUID id, String pcode, String name, int level, UUID parentId, String country) {}

  /** A unit to write, with its aliases. */
  public record Row(UUID id, String pcode, String name, int level, UUID parentId, String country,
      List<LocationAlias> aliases) {}

  public record Query(UUID parentId, Integer level, String text, int offset, int limit) {}

  public Map<String, Stored> allByPcode() {
    Map<String, Stored> stored = new HashMap<>();
    jdbc.sql("select id, pcode, name, admin_level, parent_id, country from locations")
        .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("pcode"), rs.getString("name"),
            rs.getInt("admin_level"), rs.getObject("parent_id", UUID.class), rs.getString("country")))
        .list().forEach(s -> stored.put(s.pcode(), s));
    return stored;
  }

  public Map<UUID, List<LocationAlias>> allAliases() {
    Map<UUID, List<LocationAlias>> aliases = new HashMap<>();
    jdbc.sql("select location_id, name, language from location_aliases order by name").query(rs -> {
      aliases.computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new ArrayList<>())
          .add(new LocationAlias(rs.getString("name"), rs.getString("language")));
    });
    return aliases;
  }

  public void insert(List<Row> rows, OffsetDateTime at) {
    batch.batchUpdate("insert into locations (id, pcode, name, name_key, admin_level, parent_id, country, version,"
        + " created_at, updated_at) values (?,?,?,?,?,?,?,1,?,?)", rows.stream().map(r -> new Object[] {
        r.id(), r.pcode(), r.name(), NameKeys.fold(r.name()), r.level(), r.parentId(), r.country(), at, at})
        .toList());
    insertAliases(rows);
  }

  public void update(List<Row> rows, OffsetDateTime at) {
    batch.batchUpdate("update locations set name = ?, name_key = ?, admin_level = ?, parent_id = ?, country = ?,"
        + " version = version + 1, updated_at = ? where id = ?", rows.stream().map(r -> new Object[] {
        r.name(), NameKeys.fold(r.name()), r.level(), r.parentId(), r.country(), at, r.id()}).toList());
    batch.batchUpdate("delete from location_aliases where location_id = ?",
        rows.stream().map(r -> new Object[] {r.id()}).toList());
    insertAliases(rows);
  }

  private void insertAliases(List<Row> rows) {
    List<Object[]> aliases = new ArrayList<>();
    for (Row row : rows) {
      for (LocationAlias alias : row.aliases()) {
        aliases.add(new Object[] {row.id(), alias.name(), NameKeys.fold(alias.name()), alias.language()});
      }
    }
    batch.batchUpdate("insert into location_aliases (location_id, name, name_key, language) values (?,?,?,?)",
        aliases);
  }

  /** Every unit with its aliases: the gazetteer as a whole, for the matcher. */
  public List<Location> all() {
    return withAliases(jdbc.sql("select * from locations order by admin_level, name").query(LocationRows::map).list());
  }

  /** Every unit's parent; countries map to null. */
  public Map<UUID, UUID> parents() {
    Map<UUID, UUID> parents = new HashMap<>();
    jdbc.sql("select id, parent_id from locations")
        .query(rs -> {
          parents.put(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class));
        });
    return parents;
  }

  public Optional<Location> find(UUID id) {
    return withAliases(jdbc.sql("select * from locations where id = ?").param(id).query(LocationRows::map).list())
        .stream().findFirst();
  }

  public Optional<Location> byPcode(String pcode) {
    return withAliases(jdbc.sql("select * from locations where upper(pcode) = upper(?)").param(pcode)
        .query(LocationRows::map).list()).stream().findFirst();
  }

  /** Units whose name or one of whose aliases folds to exactly this key, countries first. */
  public List<Location> named(String key) {
    return withAliases(jdbc.sql("select * from locations l where l.name_key = ? or exists (select 1 from"
        + " location_aliases a where a.location_id = l.id and a.name_key = ?) order by l.admin_level, l.name, l.pcode")
        .params(key, key).query(LocationRows::map).list());
  }

  public List<Location> search(Query query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.limit());
    params.add(query.offset());
    return withAliases(jdbc.sql("select * from locations l" + where
            + " order by l.admin_level, l.name_key, l.pcode limit ? offset ?")
        .params(params).query(LocationRows::map).list());
  }

  public long count(Query query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    return jdbc.sql("select count(*) from locations l" + where).params(params).query(Long.class).single();
  }

  private static String where(Query query, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    if (query.parentId() != null) {
      conditions.add("l.parent_id = ?");
      params.add(query.parentId());
    }
    if (query.level() != null) {
      conditions.add("l.admin_level = ?");
      params.add(query.level());
    }
    String key = NameKeys.fold(query.text());
    if (!key.isEmpty()) {
      String pattern = "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      conditions.add("(l.name_key like ? escape '!' or upper(l.pcode) = ? or exists (select 1 from location_aliases a"
          + " where a.location_id = l.id and a.name_key like ? escape '!'))");
      params.add(pattern);
      params.add(query.text().strip().toUpperCase(java.util.Locale.ROOT));
      params.add(pattern);
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private List<Location> withAliases(List<Location> locations) {
    if (locations.isEmpty()) {
      return locations;
    }
    Map<UUID, List<LocationAlias>> aliases = new HashMap<>();
    List<UUID> ids = locations.stream().map(Location::id).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      Collection<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      jdbc.sql("select location_id, name, language from location_aliases where location_id in (:ids)"
              + " order by language, name")
          .param("ids", chunk)
          .query(rs -> {
            aliases.computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new ArrayList<>())
                .add(new LocationAlias(rs.getString("name"), rs.getString("language")));
          });
    }
    Map<UUID, Location> byId = new LinkedHashMap<>();
    for (Location l : locations) {
      byId.put(l.id(), new Location(l.id(), l.pcode(), l.name(), l.level(), l.parentId(), l.country(),
          aliases.getOrDefault(l.id(), List.of())));
    }
    return List.copyOf(byId.values());
  }

  private static Location map(ResultSet rs, int row) throws SQLException {
    return new Location(rs.getObject("id", UUID.class), rs.getString("pcode"), rs.getString("name"),
        rs.getInt("admin_level"), rs.getObject("parent_id", UUID.class), rs.getString("country"), List.of());
  }
}
