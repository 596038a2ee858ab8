package org.haven.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.locations.Location;
import org.haven.locations.Locations;
import org.haven.reporting.disclosure.CellTable;
import org.haven.reporting.disclosure.DisclosureControl;
import org.haven.reporting.disclosure.DisclosureRule;
import org.haven.reporting.disclosure.Protection;
import org.haven.reporting.facts.ReadModelRebuild;
import org.haven.reporting.tables.Dimension;
import org.haven.reporting.tables.StandardTables;
import org.haven.reporting.tables.TableDefinition;
import org.haven.reporting.tables.Tabulation;
import org.haven.shared.FieldError;
import org.haven.shared.ForbiddenException;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The aggregate tables, for anyone whose role allows aggregates (immigration enforcement included: this is
 * all it ever gets). Every table passes disclosure control, whoever asks; none depends on the asker's
 * record scope, since what it publishes is safe to publish.
 */
@Service
public class Reports {
  private static final int DEFAULT_ADMIN_LEVEL = 1;
  private static final int MAX_ADMIN_LEVEL = 5;

  private final Tabulation tabulation;
  private final Locations locations;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final DisclosureControl control;
  private final Clock clock;
  private final ReadModelRebuild rebuild;

  Reports(Tabulation tabulation, Locations locations, AccessPolicy policy, AuditLog audit, ReportingSettings settings,
      Clock clock, ReadModelRebuild rebuild) {
    this.rebuild = rebuild;
    this.tabulation = tabulation;
    this.locations = locations;
    this.policy = policy;
    this.audit = audit;
    this.control = new DisclosureControl(settings.rule());
    this.clock = clock;
  }

  /** A standard table as listed: its id, what it counts, its dimensions, what it informs. */
  public record TableInfo(String id, String counts, String rowDimension, String columnDimension,
      List<String> informs) {}

  public List<TableInfo> list(Actor actor) {
    require(actor, "report.list");
    return StandardTables.ALL.stream().map(t -> new TableInfo(t.id(), t.source().periodMeaning(), t.rows().key(),
        t.hasColumns() ? t.columns().key() : null, t.informs())).toList();
  }

  public DisclosureRule rule() {
    return control.rule();
  }

  /** The disclosure rule in words, as stamped on every output. */
  public String disclosureStatement() {
    return control.rule().statement();
  }

  public ReportTable table(Actor actor, String id, ReportFilter filter) {
    require(actor, "report.read");
    TableDefinition definition = StandardTables.byId(id).orElseThrow(() -> new NotFoundException("report " + id));
    return compute(definition, filter);
  }

  /** Every standard table for the same filter, as a report. */
  public List<ReportTable> all(Actor actor, ReportFilter filter) {
    require(actor, "report.read");
    return StandardTables.ALL.stream().map(t -> compute(t, filter)).toList();
  }

  /** Rebuilds the read model from the records (system administrators); the counts it holds afterwards. */
  public ReadModelRebuild.Result rebuild(Actor actor) {
    AccessDecision decision = policy.decide(actor, Action.REPORT_REBUILD);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), "report.rebuild", "report", null,
          decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
    ReadModelRebuild.Result result = rebuild.rebuild();
    audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), "report.rebuild", "report", null,
        "read model rebuilt: " + result.cases() + " cases, " + result.requests() + " tracing requests, "
            + result.items() + " case items"));
    return result;
  }

  /**
   * Reads a place given as a location id or a P-code; null when none is given.
   *
   * @throws InvalidRequestException naming {@code place} when it is neither
   */
  public UUID place(String idOrPcode) {
    if (idOrPcode == null || idOrPcode.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(idOrPcode.strip());
    } catch (IllegalArgumentException notAnId) {
      return locations.byPcode(idOrPcode).map(Location::id)
          .orElseThrow(() -> InvalidRequestException.of("place", "is neither a location id nor a known P-code"));
    }
  }

  private ReportTable compute(TableDefinition table, ReportFilter filter) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = filter.from() == null ? LocalDate.EPOCH : filter.from();
    LocalDate to = filter.to() == null ? today : filter.to();
    int level = filter.adminLevel() == null ? DEFAULT_ADMIN_LEVEL : filter.adminLevel();
    validate(filter, from, to, level);
    Location place = filter.place() == null ? null : locations.find(filter.place()).orElseThrow(
        () -> InvalidRequestException.of("place", "is not a known location"));
    Set<UUID> within = place == null ? null : locations.withDescendants(Set.of(place.id()));
    Places places = new Places(level);
    List<Tabulation.Group> groups = tabulation.count(table, (int) from.toEpochDay(), (int) to.toEpochDay(), within);
    Set<UUID> filterInMemory = within != null && within.size() > Tabulation.MAX_PLACES_IN_SQL ? within : null;
    Tabulation.Grid grid = Tabulation.grid(table, groups, places::codeOf, filterInMemory);

    int finestShown = Math.max(place == null ? 0 : place.level(), table.hasLocation() ? level : 0);
    boolean sensitiveHidden = finestShown > control.rule().sensitiveFinestAdminLevel();
    return publish(table, grid, from, to, place, table.hasLocation() ? level : null, places, sensitiveHidden);
  }

  private ReportTable publish(TableDefinition table, Tabulation.Grid grid, LocalDate from, LocalDate to,
      Location place, Integer level, Places places, boolean sensitiveHidden) {
    boolean additiveRows = !table.rows().multiValued();
    boolean additiveColumns = table.hasColumns() && !table.columns().multiValued();
    // Totals of a row sum across the columns; totals of a column sum across the rows.
    boolean rowTotals = table.hasColumns() && additiveColumns;
    boolean columnTotals = additiveRows;
    CellTable cells = CellTable.grid(grid.counts(), grid.columns().size(), rowTotals, columnTotals);

    Set<Integer> withheld = new HashSet<>();
    if (sensitiveHidden) {
      for (int i = 0; i < grid.rows().size(); i++) {
        if (table.sensitive() || control.rule().isSensitive(grid.rows().get(i))) {
          for (int j = 0; j < grid.columns().size(); j++) {
            withheld.add(cells.interior(i, j));
          }
          if (rowTotals) {
            withheld.add(cells.rowTotal(i));
          }
        }
      }
      if (table.sensitive()) {
        // Every row is sensitive, so the totals across them are too.
        for (int j = 0; j < grid.columns().size(); j++) {
          if (cells.columnTotal(j) >= 0) {
            withheld.add(cells.columnTotal(j));
          }
        }
        if (cells.grandTotal() >= 0) {
          withheld.add(cells.grandTotal());
        }
      }
    }
    String key = table.id() + "|" + from + "|" + to + "|" + (place == null ? "" : place.pcode()) + "|" + level + "|";
    Protection p = control.protect(cells, withheld, cell -> key + cell);

    List<List<Long>> values = new ArrayList<>();
    for (int i = 0; i < grid.rows().size(); i++) {
      List<Long> row = new ArrayList<>();
      for (int j = 0; j < grid.columns().size(); j++) {
        row.add(p.valueOf(cells.interior(i, j)));
      }
      values.add(row);
    }
    List<Long> rowTotalValues = null;
    if (rowTotals) {
      rowTotalValues = new ArrayList<>();
      for (int i = 0; i < grid.rows().size(); i++) {
        rowTotalValues.add(p.valueOf(cells.rowTotal(i)));
      }
    }
    List<Long> columnTotalValues = null;
    if (columnTotals && table.hasColumns()) {
      columnTotalValues = new ArrayList<>();
      for (int j = 0; j < grid.columns().size(); j++) {
        columnTotalValues.add(p.valueOf(cells.columnTotal(j)));
      }
    }
    Long grand = cells.grandTotal() < 0 ? null : p.valueOf(cells.grandTotal());
    boolean grandPublished = cells.grandTotal() >= 0;

    DisclosureRule rule = control.rule();
    ReportTable.Disclosure stamp = new ReportTable.Disclosure(rule.threshold(), rule.suppressZeros(),
        rule.rounding().code(), rule.roundingBase(), rule.sensitiveCategories().stream().sorted().toList(),
        rule.sensitiveFinestAdminLevel(), p.primary() + p.complementary(), p.withheld(),
        rule.statement() + (p.withheld() > 0 ? " Sensitive categories are withheld here." : ""));
    List<ReportTable.Category> rowCategories = grid.rows().stream().map(c -> category(table.rows(), c, places))
        .toList();
    List<ReportTable.Category> columnCategories = table.hasColumns()
        ? grid.columns().stream().map(c -> category(table.columns(), c, places)).toList() : List.of();
    List<String> attributes = table.hasColumns()
        ? grid.columns().stream().map(c -> table.columns().hxlAttribute().apply(c)).toList() : List.of();
    String rowTag = table.rows().isLocation() ? "#adm" + level + "+code" : table.rows().hxlTag();
    return new ReportTable(table.id(), table.informs(), table.source().periodMeaning(), from, to,
        place == null ? null : new ReportTable.Category(place.pcode(), place.name()), level, table.rows().key(),
        table.hasColumns() ? table.columns().key() : null, rowCategories, columnCategories, values, rowTotalValues,
        columnTotalValues, grandPublished ? grand : null, new ReportTable.Hxl(rowTag, table.hxlCount(), attributes),
        stamp, clock.instant());
  }

  private static ReportTable.Category category(Dimension dimension, String code, Places places) {
    return new ReportTable.Category(code, dimension.isLocation() ? places.nameOf(code) : code);
  }

  private void validate(ReportFilter filter, LocalDate from, LocalDate to, int level) {
    List<FieldError> errors = new ArrayList<>();
    if (from.isAfter(to)) {
      errors.add(new FieldError("from", "must not be after to"));
    }
    if (level < 0 || level > MAX_ADMIN_LEVEL) {
      errors.add(new FieldError("adminLevel", "must be from 0 to " + MAX_ADMIN_LEVEL));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private void require(Actor actor, String what) {
    AccessDecision decision = policy.decide(actor, Action.AGGREGATE_READ);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), what, "report", null, decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
  }

  /** Places rolled up to one admin level, with their names, looked up once per table. */
  private final class Places {
    private final int level;
    private final Map<UUID, String> codes = new HashMap<>();
    private final Map<UUID, String> ancestors = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    Places(int level) {
      this.level = level;
    }

    String codeOf(UUID locationId) {
      if (locationId == null) {
        return Dimension.UNKNOWN;
      }
      return codes.computeIfAbsent(locationId, id -> {
        List<UUID> chain = locations.withAncestors(id);
        if (chain.size() - 1 < level) {
          return Dimension.UNKNOWN;
        }
        return ancestors.computeIfAbsent(chain.get(chain.size() - 1 - level), ancestor -> locations.find(ancestor)
            .map(l -> {
              names.put(l.pcode(), l.name());
              return l.pcode();
            }).orElse(Dimension.UNKNOWN));
      });
    }

    String nameOf(String code) {
      return names.getOrDefault(code, code);
    }
  }
}
