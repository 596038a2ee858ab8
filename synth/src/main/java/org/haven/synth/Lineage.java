package org.haven.synth;

/**
 * What cousins share: nationality and route, the paternal grandfather, the family name (if the culture has one)
 * and the place the family comes from. Regenerated from its key, so cousin families need no stored state.
 */
record Lineage(long key, Route route, NameEntry grandfather, NameEntry familyName, NameEntry fathersMotherSurname,
               String[] place) {

  Culture culture() {
    return route.culture();
  }
}
