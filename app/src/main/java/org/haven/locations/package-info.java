/**
 * The gazetteer: the administrative hierarchy (country, then admin levels 1 to 5) with OCHA P-codes and
 * the other names and spellings of each unit, imported from HXL-tagged CSV files (OCHA common
 * operational datasets). {@link org.haven.locations.Locations} is the module's API: other modules resolve
 * place names and walk up the hierarchy through it. {@code hxl}, {@code persistence} and {@code web} are
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locations")
package org.haven.locations;
