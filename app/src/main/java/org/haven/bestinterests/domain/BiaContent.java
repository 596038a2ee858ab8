package org.haven.bestinterests.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a BIA says, by the elements weighed in a best-interests assessment (CRC General Comment 14 and
 * the UNHCR BID factors): the child's views, the family's views, safety (the highest priority), family
 * and close relationships, development and identity needs, and the recommendation with its priority
 * ({@code 2_days}, {@code 1_week}, {@code 30_days}, {@code non_urgent}).
 */
public record BiaContent(ChildViews childViews, String familyViews, String safety, String familyRelationships,
    String developmentAndIdentity, String recommendation, String priority) {

  public static final List<String> PRIORITIES = List.of("2_days", "1_week", "30_days", "non_urgent");

  /**
   * The fields that must be filled before the assessment is submitted. A short BIA needs the child's
   * views, safety and a recommendation; a comprehensive one every element.
   */
  public List<String> missingFor(BiaType type) {
    List<String> missing = new ArrayList<>();
    if (childViews == null) {
      missing.add("childViews");
    } else {
      missing.addAll(childViews.missing("childViews"));
    }
    require(safety, "safety", missing);
    require(recommendation, "recommendation", missing);
    require(priority, "priority", missing);
    if (type == BiaType.COMPREHENSIVE) {
      require(familyViews, "familyViews", missing);
      require(familyRelationships, "familyRelationships", missing);
      require(developmentAndIdentity, "developmentAndIdentity", missing);
    }
    return missing;
  }

  private static void require(String value, String field, List<String> missing) {
    if (!ChildViews.present(value)) {
      missing.add(field);
    }
  }
}
