package org.haven.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.matching.Description;
import org.haven.tracing.domain.Evidence;
import org.haven.tracing.domain.Explanations;

/**
 * The fields the matching library compares, as the request and the case give them, each with the
 * evidence it contributed. A field without evidence was missing on one side or not compared.
 */
final class SideBySide {
  /** A row: the field as the API names it, its value, and the evidence shown on it (the field's own). */
  private record Field(String name, Function<Description, String> value, List<String> evidence) {
    Field(String name, Function<Description, String> value) {
      this(name, value, List.of(name));
    }
  }

  private static final List<Field> FIELDS = List.of(
      new Field("givenName", Description::givenName),
      new Field("familyName", Description::familyName),
      new Field("otherNames", Description::otherNames),
      new Field("sex", Description::sex),
      new Field("dateOfBirth", Description::dateOfBirth),
      new Field("ageYears", Description::ageYears),
      new Field("nationality", Description::nationality),
      new Field("placeOfOrigin", Description::placeOfOrigin),
      new Field("fatherName", Description::fatherName),
      new Field("motherName", Description::motherName),
      new Field("separationDate", Description::separationDate),
      new Field("separationPlace", Description::separationPlace),
      // When each was taken: against the other's separation where only one records it, else against each other.
      new Field("recordedOn", Description::recordedOn,
          List.of(Explanations.RECORDED_ON, Explanations.RECORDED_AFTER_SEPARATION)));

  private SideBySide() {}

  static List<MatchReview.FieldComparison> of(Description sought, Description childCase, List<Evidence> evidence) {
    Map<String, Evidence> byField = evidence.stream()
        .collect(Collectors.toMap(Evidence::field, e -> e, (a, b) -> a));
    List<MatchReview.FieldComparison> out = new ArrayList<>();
    for (Field f : FIELDS) {
      String left = blankToNull(f.value().apply(sought));
      String right = blankToNull(f.value().apply(childCase));
      Evidence e = f.evidence().stream().map(byField::get).filter(Objects::nonNull).findFirst().orElse(null);
      if (left == null && right == null && e == null) {
        continue;
      }
      out.add(new MatchReview.FieldComparison(f.name(), left, right, e == null ? null : e.weight(),
          e == null ? null : e.detail()));
    }
    return out;
  }

  /** Evidence about the description as a whole, in the order the matcher gave it. */
  static List<Evidence> beyondFields(List<Evidence> evidence) {
    return evidence.stream().filter(e -> e.field().equals(Explanations.OTHER_CANDIDATES)
        || e.field().equals(Explanations.SIBLING)).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
