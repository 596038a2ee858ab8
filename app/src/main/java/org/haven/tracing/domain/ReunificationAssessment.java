package org.haven.tracing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The assessment of child, family and community before reunification, with its recommendation:
 * {@code reunification}, {@code reunification_enhanced_support} (both positive), {@code further_tracing},
 * {@code long_term_alternative_care} or {@code no}.
 */
@org.springframework.modulith.NamedInterface("reunification")
public record ReunificationAssessment(String recommendation, String reasons, String supportPlan, UUID assessedBy,
    Instant assessedAt) {
  public static final List<String> RECOMMENDATIONS = List.of("reunification", "reunification_enhanced_support",
      "further_tracing", "long_term_alternative_care", "no");

  public boolean positive() {
    return "reunification".equals(recommendation) || "reunification_enhanced_support".equals(recommendation);
  }
}
