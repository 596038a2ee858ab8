package org.haven.locations;

/** Locations were imported: their names, aliases or places in the hierarchy may have changed. */
public record LocationsImported(int created, int updated) {}
