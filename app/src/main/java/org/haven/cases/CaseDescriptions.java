package org.haven.cases;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.domain.FamilyMember;
import org.haven.matching.Description;

/** A case as the matching library sees it: the columns of the matching interchange contract. */
final class CaseDescriptions {
  private CaseDescriptions() {}

  static Description of(ChildCase c) {
    return of(c.id().toString(), c.details(), c.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
  }

  static Description of(String recordId, CaseDetails d, String recordedOn) {
    List<String> otherNames = new ArrayList<>(d.otherNames());
    // The Latin forms help when the other side was recorded in Latin script with the same convention.
    for (String latin : new String[] {d.givenNameLatin(), d.familyNameLatin()}) {
      if (latin != null) {
        otherNames.add(latin);
      }
    }
    return Description.builder(recordId)
        .givenName(d.givenName())
        .familyName(d.familyName())
        .otherNames(String.join(";", otherNames))
        .sex(d.sex())
        .dateOfBirth(d.dateOfBirth() == null ? null : d.dateOfBirth().toString())
        .ageYears(d.ageYears() == null ? null : d.ageYears().toString())
        .nationality(d.nationality().isEmpty() ? null : d.nationality().get(0))
        .placeOfOrigin(d.placeOfOrigin())
        .fatherName(parentName(d, "father"))
        .motherName(parentName(d, "mother"))
        .separationDate(d.separation() == null || d.separation().date() == null ? null
            : d.separation().date().toString())
        .separationPlace(d.separation() == null ? null : d.separation().place())
        .recordedOn(recordedOn)
        .build();
  }

  private static String parentName(CaseDetails d, String relationship) {
    return d.family().stream().filter(m -> relationship.equals(m.relationship())).map(FamilyMember::name)
        .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
  }
}
