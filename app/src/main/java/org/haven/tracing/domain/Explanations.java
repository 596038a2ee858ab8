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
  private static final Map<String, String> API_FIELDS = Map.of(
      "given_name", "givenName",
      "family_name", "familyName",
      "date_of_birth", "dateOfBirth",
      "sex", "sex",
      "nationality", "nationality",
      "place_of_origin", "placeOfOrigin",
      "father_name", "fatherName",
      "mother_name", "motherName",
      "separation_date", "separationDate",
      "separation_place", "separationPlace");

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
