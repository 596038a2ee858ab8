package org.haven.bestinterests.domain;

import java.util.List;

/**
 * The steps a new durable solution starts with, after IOM's AVRR stages (pre-departure, travel,
 * post-arrival) and the resettlement process. Caseworkers add, drop or mark steps as they go.
 */
public final class DefaultSteps {
  private DefaultSteps() {}

  public static List<SolutionStep> of(DurableSolutionType type) {
    List<String> names = switch (type) {
      case VOLUNTARY_REPATRIATION, AVRR -> List.of("return counselling and informed decision",
          "family tracing and assessment at destination", "travel documents", "pre-departure medical check",
          "trained escort", "reception at destination", "reintegration plan and support",
          "post-return monitoring");
      case RESETTLEMENT -> List.of("resettlement submission", "interview by the resettlement country",
          "decision of the resettlement country", "cultural orientation", "pre-departure medical check",
          "departure and escort", "reception in the resettlement country");
      case LOCAL_INTEGRATION -> List.of("legal status", "education", "care arrangement", "livelihood support",
          "community integration");
      case COMPLEMENTARY_PATHWAY_FAMILY, COMPLEMENTARY_PATHWAY_EDUCATION, COMPLEMENTARY_PATHWAY_LABOUR,
          COMPLEMENTARY_PATHWAY_HUMANITARIAN -> List.of("eligibility check", "application", "visa or admission",
          "travel", "reception");
      case FAMILY_REUNIFICATION_IN_COUNTRY -> List.of("verification of the family", "preparation of child and family",
          "reunification", "follow-up visits");
      case ALTERNATIVE_CARE_LONG_TERM -> List.of("care options assessed", "placement", "follow-up visits");
    };
    return names.stream().map(SolutionStep::pending).toList();
  }
}
