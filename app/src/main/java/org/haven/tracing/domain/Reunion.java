package org.haven.tracing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reunification itself: on what date, where, of which type ({@code case_by_case},
 * {@code informal_spontaneous}, {@code mass_tracing}, {@code mediation}, {@code photo_tracing},
 * {@code spontaneous}, {@code other}), with whom, and who carried it out.
 */
@org.springframework.modulith.NamedInterface("reunification")
public record Reunion(String date, String place, String type, String reunifiedWith, List<String> carriedOutBy,
    UUID recordedBy, Instant recordedAt) {
  public static final List<String> TYPES = List.of("case_by_case", "informal_spontaneous", "mass_tracing",
      "mediation", "photo_tracing", "spontaneous", "other");

  public Reunion {
    carriedOutBy = carriedOutBy == null ? List.of() : List.copyOf(carriedOutBy);
  }
}
