package org.haven.synth;

/** Parents and shared circumstances of siblings: same father, mother, origin, separation and often registration. */
record Family(long key, Lineage lineage, NameEntry father, NameEntry mother, NameEntry mothersFather,
              NameEntry mothersFamilyName, NameEntry mothersSecondSurname, String[] place, int separationDay,
              String[] separationPlace, Country firstCountry, int firstRegistrationDay) {

  Culture culture() {
    return lineage.culture();
  }

  Route route() {
    return lineage.route();
  }
}
