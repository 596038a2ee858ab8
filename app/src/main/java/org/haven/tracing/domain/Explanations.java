package org.haven.tracing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the matching library's evidence string ({@code given_name:+5.2 family_name:+3.1 sex:-4.0}) into
 * one entry per field, named as in the API, with words a reviewer can act on. Reviewers distrust scores
 * they cannot see the reasons for; each field's contribution is shown, not just a total.
 */
public final class Explanations {
  /** Evidence of no single field: other registered children fit the description as well. */
  public static final String OTHER_CANDIDATES = "otherCandidates";
  /** Evidence of no single field: a brother or sister of the child would fit the description too. */
  public static final String SIBLING = "sibling";
  /** When the two descriptions were taken, where neither records a separation date. */
  public static final String RECORDED_ON = "recordedOn";
  /** When one description was taken, against the separation date the other records. */
  public static final String RECORDED_AFTER_SEPARATION = "recordedAfterSeparation";
  private static final Map<String, String> API_FIELDS = Map.ofEntries(
      Map.entry("given_name", "givenName"),
      Map.entry("family_name", "familyName"),
      Map.entry("date_of_birth", "dateOfBirth"),
      Map.entry("sex", "sex"),
      Map.entry("nationality", "nationality"),
      Map.entry("place_of_origin", "placeOfOrigin"),
      Map.entry("father_name", "fatherName"),
      Map.entry("mother_name", "motherName"),
      Map.entry("separation_date", "separationDate"),
      Map.entry("separation_place", "separationPlace"),
      Map.entry("recorded_on", RECORDED_ON),
      Map.entry("recorded_after_separation", RECORDED_AFTER_SEPARATION),
      Map.entry("other_candidates", OTHER_CANDIDATES),
      Map.entry("sibling", SIBLING));

  private Explanations() {}

  public static List<Evidence> parse(String explanation) {
    List<Evidence> out = new ArrayList<>();
    if (explanation == null) {
      return out;
    }
    for (String part : explanation.trim().split("\\s+")) {
      int colon = part.lastIndexOf(':');
      if (colon <= 0) {
        continue;
      }
      String label = part.substring(0, colon);
      double weight;
      try {
        weight = Double.parseDouble(part.substring(colon + 1));
      } catch (NumberFormatException e) {
        continue;
      }
      out.add(new Evidence(API_FIELDS.getOrDefault(label, label), weight, detail(weight)));
    }
    return out;
  }

  /** Bits of evidence in words: 3 bits or more is eight times likelier for the same child than for two. */
  static String detail(double weight) {
    if (weight >= 3) {
      return "agrees strongly";
    }
    if (weight >= 1) {
      return "agrees";
    }
    if (weight > -1) {
      return "neither agrees nor disagrees clearly";
    }
    if (weight > -3) {
      return "disagrees";
    }
    return "disagrees strongly";
  }
}
