package org.haven.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.FamilyMember;

/**
 * What a surviving case takes over from its duplicate: the names and the relatives it does not know
 * yet. Nothing the survivor recorded is overwritten; the caseworker who registered it saw the child.
 */
final class MergePlan {
  private MergePlan() {}

  static CaseDetails survivorAfter(CaseDetails survivor, CaseDetails duplicate) {
    return withNamesAndFamily(survivor, otherNamesAfter(survivor, duplicate), familyAfter(survivor, duplicate));
  }

  private static List<String> otherNamesAfter(CaseDetails survivor, CaseDetails duplicate) {
    Set<String> known = new HashSet<>();
    survivor.allNames().forEach(n -> known.add(normal(n)));
    known.add(normal(fullName(survivor.givenName(), survivor.familyName())));
    known.add(normal(fullName(survivor.givenNameLatin(), survivor.familyNameLatin())));
    List<String> names = new ArrayList<>(survivor.otherNames());
    List<String> offered = new ArrayList<>();
    offered.add(fullName(duplicate.givenName(), duplicate.familyName()));
    offered.add(fullName(duplicate.givenNameLatin(), duplicate.familyNameLatin()));
    offered.addAll(duplicate.otherNames());
    for (String name : offered) {
      if (!name.isBlank() && known.add(normal(name))) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<FamilyMember> familyAfter(CaseDetails survivor, CaseDetails duplicate) {
    List<FamilyMember> family = new ArrayList<>(survivor.family());
    for (FamilyMember offered : duplicate.family()) {
      boolean known = family.stream().anyMatch(m -> offered.name() == null
          ? offered.relationship() != null && offered.relationship().equals(m.relationship())
          : m.name() != null && normal(m.name()).equals(normal(offered.name())));
      if (!known) {
        family.add(offered);
      }
    }
    return family;
  }

  private static String fullName(String given, String family) {
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
  }

  /** Case, accents and spacing do not make a name new. */
  private static String normal(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']+", " ").strip();
  }

  private static CaseDetails withNamesAndFamily(CaseDetails d, List<String> otherNames, List<FamilyMember> family) {
    return new CaseDetails(d.givenName(), d.familyName(), otherNames, d.givenNameLatin(), d.familyNameLatin(),
        d.sex(), d.dateOfBirth(), d.dateOfBirthEstimated(), d.ageYears(), d.nationality(), d.languages(),
        d.protectionStatus(), d.displacementStatus(), d.riskLevel(), d.placeOfOrigin(), d.placeOfOriginLocationId(),
        d.locationId(), family, d.separation(), d.protectionConcerns(), d.consent(), d.careArrangements(),
        d.journey(), d.fields());
  }
}
