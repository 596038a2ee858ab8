package org.haven.bestinterests.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * How the decision was communicated to the child (and family): when, how ({@code in_person},
 * {@code in_person_with_interpreter}, {@code phone}, {@code video}, {@code other}), by whom, and how the
 * child received it.
 */
public record Communication(String communicatedOn, String how, String communicatedBy, boolean familyInformed,
    String childResponse, UUID recordedBy, Instant recordedAt) {

  public static final java.util.List<String> HOW = java.util.List.of("in_person", "in_person_with_interpreter",
      "phone", "video", "other");
}
