package org.haven.locations;

import java.util.List;
import java.util.UUID;

/**
 * One administrative unit. {@code level} 0 is the country, 1 to 5 the admin levels below it; {@code country}
 * is the ISO 3166-1 alpha-3 code of the country it lies in; the parent is null for a country.
 */
public record Location(UUID id, String pcode, String name, int level, UUID parentId, String country,
    List<LocationAlias> aliases) {

  public Location {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
