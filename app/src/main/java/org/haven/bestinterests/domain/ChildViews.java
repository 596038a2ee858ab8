package org.haven.bestinterests.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The child's views and how they were obtained. Views are given weight according to age and maturity,
 * so both are recorded with them; when the child could not express views (an infant, a child too
 * distressed), the reason is recorded instead.
 *
 * @param howObtained {@code interview}, {@code interview_with_interpreter}, {@code play_or_drawing},
 *     {@code through_trusted_adult} or {@code other}
 */
public record ChildViews(String views, String howObtained, String obtainedOn, Integer ageAtInterview,
    String maturity, String weightGiven, String notObtainedReason) {

  public static final List<String> HOW_OBTAINED = List.of("interview", "interview_with_interpreter",
      "play_or_drawing", "through_trusted_adult", "other");

  /** The fields still missing before the views count as recorded, by name under {@code prefix}. */
  public List<String> missing(String prefix) {
    List<String> missing = new ArrayList<>();
    if (present(notObtainedReason)) {
      return missing;
    }
    if (!present(views)) {
      missing.add(prefix + ".views");
    }
    if (!present(howObtained)) {
      missing.add(prefix + ".howObtained");
    }
    if (ageAtInterview == null) {
      missing.add(prefix + ".ageAtInterview");
    }
    if (!present(maturity)) {
      missing.add(prefix + ".maturity");
    }
    return missing;
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
