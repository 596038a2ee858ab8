package org.haven.locations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.locations.persistence.LocationRows;
import org.haven.locations.persistence.NameKeys;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The gazetteer as other modules see it: look units up by id, P-code or name, and walk up the hierarchy.
 * The parent of every unit is kept in memory because the access policy walks up for every record it
 * checks against a location-subtree scope; an import refreshes it at once, other nodes on a timer.
 */
@Service
public class Locations {
  public static final int MAX_PAGE_SIZE = 500;
  /** Deeper than any administrative hierarchy: stops a walk should the data ever hold a cycle. */
  private static final int MAX_DEPTH = 10;
  private static final UUID NO_PARENT = new UUID(0, 0);

  private final LocationRows rows;
  private volatile Map<UUID, UUID> parents;
  private volatile Map<UUID, List<UUID>> children = Map.of();

  Locations(LocationRows rows) {
    this.rows = rows;
  }

  public boolean exists(UUID id) {
    return id != null && (parents().containsKey(id) || rows.find(id).isPresent());
  }

  /** The unit itself, then its parent, and so on up to its country; empty for an unknown id. */
  public List<UUID> withAncestors(UUID id) {
    List<UUID> chain = new ArrayList<>();
    Map<UUID, UUID> known = parents();
    UUID current = id;
    while (current != null && chain.size() < MAX_DEPTH) {
      UUID parent = known.get(current);
      if (parent == null) {
        parent = loadParent(current, known);
        if (parent == null) {
          return chain.isEmpty() ? List.of() : List.copyOf(chain);
        }
      }
      chain.add(current);
      current = parent == NO_PARENT ? null : parent;
    }
    return List.copyOf(chain);
  }

  /**
   * The given units and every unit below them: the records a user scoped to these locations reaches.
   * Unknown ids are kept, so that a filter built from them still matches records placed there.
   */
  public Set<UUID> withDescendants(Collection<UUID> ids) {
    parents();
    Map<UUID, List<UUID>> below = children;
    Set<UUID> subtree = new HashSet<>();
    Deque<UUID> pending = new ArrayDeque<>(ids);
    while (!pending.isEmpty()) {
      UUID id = pending.pop();
      if (subtree.add(id)) {
        pending.addAll(below.getOrDefault(id, List.of()));
      }
    }
    return Set.copyOf(subtree);
  }

  /** Every unit with its aliases, countries first. */
  public List<Location> all() {
    return rows.all();
  }

  public Optional<Location> find(UUID id) {
    return id == null ? Optional.empty() : rows.find(id);
  }

  public Optional<Location> byPcode(String pcode) {
    return pcode == null || pcode.isBlank() ? Optional.empty() : rows.byPcode(pcode.strip());
  }

  /**
   * Units whose name or alias is the given text, ignoring case, accents and punctuation; several when
   * the name is ambiguous (the same name at two levels or in two provinces), countries first.
   */
  public List<Location> resolveName(String text) {
    String key = NameKeys.fold(text);
    return key.isEmpty() ? List.of() : rows.named(key);
  }

  /** Units under a parent, at a level, whose name, alias or P-code matches the text; all three optional. */
  public LocationPage search(UUID parentId, Integer level, String text, int page, int size) {
    int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    LocationRows.Query query = new LocationRows.Query(parentId, level, text == null ? "" : text,
        Math.max(0, page) * limit, limit);
    return new LocationPage(rows.search(query), rows.count(query));
  }

  /** Reloads the parent of every unit; after an import here, and periodically for imports on other nodes. */
  @Scheduled(fixedDelayString = "${haven.locations.cache-refresh:PT10M}",
      initialDelayString = "${haven.locations.cache-refresh:PT10M}")
  public synchronized void refresh() {
    Map<UUID, UUID> fresh = new ConcurrentHashMap<>();
    Map<UUID, List<UUID>> below = new HashMap<>();
    rows.parents().forEach((id, parent) -> {
      fresh.put(id, parent == null ? NO_PARENT : parent);
      if (parent != null) {
        below.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
      }
    });
    children = below;
    parents = fresh;
  }

  private Map<UUID, UUID> parents() {
    Map<UUID, UUID> known = parents;
    if (known == null) {
      synchronized (this) {
        if (parents == null) {
          refresh();
        }
        known = parents;
      }
    }
    return known;
  }

  // A unit imported on another node since the last refresh: read it once and remember it.
  private UUID loadParent(UUID id, Map<UUID, UUID> known) {
    return rows.find(id).map(location -> {
      UUID parent = location.parentId() == null ? NO_PARENT : location.parentId();
      known.put(id, parent);
      return parent;
    }).orElse(null);
  }
}
