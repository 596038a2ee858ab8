package org.haven.locations.hxl;

import java.util.List;
import org.haven.locations.LocationAlias;

/**
 * One administrative unit as a file describes it: its P-code, name, level (0 = country), the P-code of
 * its parent, its country (ISO 3166-1 alpha-3), its other names, and the line that first named it.
 */
public record AdminUnit(String pcode, String name, int level, String parentPcode, String country,
    List<LocationAlias> aliases, long line) {

  public AdminUnit {
    aliases = List.copyOf(aliases);
  }
}
