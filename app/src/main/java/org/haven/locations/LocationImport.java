package org.haven.locations;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditLog;
import org.haven.identity.AccessDecision;
import org.haven.identity.AccessPolicy;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.locations.hxl.AdminUnit;
import org.haven.locations.hxl.HxlAdminAreaReader;
import org.haven.locations.persistence.LocationRows;
import org.haven.shared.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports administrative units from an HXL-tagged CSV. Idempotent by P-code: a unit already known keeps
 * its id and takes the file's names, aliases and parent. The file is read and checked in full before the
 * one transaction that writes it, so a bad file stores nothing and a long upload holds no connection.
 */
@Service
public class LocationImport {
  private static final String ACTION = "location.import";

  private final LocationRows rows;
  private final Locations locations;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  LocationImport(LocationRows rows, Locations locations, AccessPolicy policy, AuditLog audit,
      PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
    this.rows = rows;
    this.locations = locations;
    this.policy = policy;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.events = events;
  }

  public ImportSummary importCsv(Actor actor, InputStream body, Charset charset) {
    AccessDecision decision = policy.decide(actor, Action.LOCATION_MANAGE);
    if (!decision.allowed()) {
      audit.denied(AuditEntry.of(actor.userId(), actor.agencyId(), ACTION, "location", null, decision.reason()));
      throw new ForbiddenException(decision.reason());
    }
    // Strict decoding: a file in the wrong encoding is refused rather than stored with broken names.
    Reader reader = new InputStreamReader(body, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    List<AdminUnit> units = new HxlAdminAreaReader().read(new ByteOrderMarkSkipping(reader));
    ImportSummary summary = transactions.execute(status -> {
      ImportSummary written = write(units);
      audit.allowed(AuditEntry.of(actor.userId(), actor.agencyId(), ACTION, "location", null,
          "created " + written.created() + ", updated " + written.updated() + ", unchanged " + written.unchanged()));
      return written;
    });
    locations.refresh();
    if (summary.created() + summary.updated() > 0) {
      events.publishEvent(new LocationsImported(summary.created(), summary.updated()));
    }
    return summary;
  }

  private ImportSummary write(List<AdminUnit> units) {
    Map<String, LocationRows.Stored> stored = rows.allByPcode();
    Map<UUID, List<LocationAlias>> storedAliases = rows.allAliases();
    Map<String, UUID> ids = new HashMap<>();
    List<LocationRows.Row> created = new ArrayList<>();
    List<LocationRows.Row> changed = new ArrayList<>();
    Map<String, Integer> levels = new TreeMap<>();
    int unchanged = 0;
    for (AdminUnit unit : units) {
      LocationRows.Stored known = stored.get(unit.pcode());
      UUID id = known == null ? UUID.randomUUID() : known.id();
      ids.put(unit.pcode(), id);
      UUID parentId = unit.parentPcode() == null ? null : ids.get(unit.parentPcode());
      LocationRows.Row row = new LocationRows.Row(id, unit.pcode(), unit.name(), unit.level(), parentId,
          unit.country(), unit.aliases());
      levels.merge("adm" + unit.level(), 1, Integer::sum);
      if (known == null) {
        created.add(row);
      } else if (differs(known, row, storedAliases.getOrDefault(id, List.of()))) {
        changed.add(row);
      } else {
        unchanged++;
      }
    }
    OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    rows.insert(created, at);
    rows.update(changed, at);
    return new ImportSummary(created.size(), changed.size(), unchanged, levels);
  }

  private static boolean differs(LocationRows.Stored known, LocationRows.Row row, List<LocationAlias> aliases) {
    return !known.name().equals(row.name()) || known.level() != row.level()
        || !Objects.equals(known.parentId(), row.parentId()) || !known.country().equals(row.country())
        || !new HashSet<>(aliases).equals(new HashSet<>(row.aliases()));
  }
}
