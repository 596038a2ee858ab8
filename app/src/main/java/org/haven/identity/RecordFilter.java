package org.haven.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The record scope of {@link AccessPolicy} as a query condition, for lists and searches that must not
 * even count records the actor may not read. It applies to any table with {@code owner_id},
 * {@code agency_id} and {@code location_id} columns.
 */
public record RecordFilter(boolean all, UUID ownerId, UUID agencyId, Set<UUID> locationIds) {

  public static final RecordFilter EVERYTHING = new RecordFilter(true, null, null, null);

  /**
   * The records the actor reaches; {@code descendants} expands the actor's locations to their subtrees
   * (the caller resolves them, as for {@link RecordFacts}).
   */
  public static RecordFilter of(Actor actor, Function<Set<UUID>, Set<UUID>> descendants) {
    return switch (actor.scope()) {
      case ALL -> EVERYTHING;
      case AGENCY -> new RecordFilter(false, actor.userId(), actor.agencyId(), null);
      case LOCATION -> new RecordFilter(false, actor.userId(), null, descendants.apply(actor.locationIds()));
      case OWN -> new RecordFilter(false, actor.userId(), null, null);
      case NONE -> new RecordFilter(false, null, null, Set.of());
    };
  }

  /** Appends {@code and (...)} over the table aliased {@code alias} to {@code where}, with its parameters. */
  public void appendTo(String alias, StringBuilder where, List<Object> params) {
    if (all) {
      return;
    }
    List<String> any = new ArrayList<>();
    if (ownerId != null) {
      any.add(alias + ".owner_id = ?");
      params.add(ownerId);
    }
    if (agencyId != null) {
      any.add(alias + ".agency_id = ?");
      params.add(agencyId);
    }
    if (locationIds != null && !locationIds.isEmpty()) {
      any.add(alias + ".location_id in (" + String.join(",", Collections.nCopies(locationIds.size(), "?")) + ")");
      params.addAll(locationIds);
    }
    where.append(any.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", any) + ")");
  }
}
