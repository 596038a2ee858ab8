package org.haven.locations;

import java.util.Map;

/**
 * What an import did: units created, units whose names, aliases or place in the hierarchy changed, units
 * found as they were, and the number of units in the file per level ({@code adm0} is the country).
 */
public record ImportSummary(int created, int updated, int unchanged, Map<String, Integer> levels) {}
