package org.haven.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.locations.Location;
import org.haven.locations.LocationAlias;
import org.haven.matching.Knowledge;

/**
 * The deployment's gazetteer as the matcher's knowledge of places: each administrative unit's name and
 * aliases are one place, and each unit lies within its parent. A child said to come from Juticalpa and
 * one said to come from Olancho then agree (less than on one town), where the spellings alone disagree.
 */
final class LocationKnowledge {
  private LocationKnowledge() {}

  static void addTo(Knowledge knowledge, List<Location> units) {
    Map<UUID, String> names = new HashMap<>();
    for (Location unit : units) {
      List<String> spellings = new ArrayList<>();
      spellings.add(unit.name());
      unit.aliases().stream().map(LocationAlias::name).forEach(spellings::add);
      knowledge.addPlace(spellings);
      names.put(unit.id(), unit.name());
    }
    for (Location unit : units) {
      String parent = unit.parentId() == null ? null : names.get(unit.parentId());
      if (parent != null) {
        knowledge.addWithin(unit.name(), parent);
      }
    }
  }
}
