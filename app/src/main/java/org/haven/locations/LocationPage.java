package org.haven.locations;

import java.util.List;

/** One page of a location search, with the number of all matches. */
public record LocationPage(List<Location> items, long total) {}
