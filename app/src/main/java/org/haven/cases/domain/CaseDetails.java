package org.haven.cases.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a caseworker records about a child, as one value. Names keep the original script;
 * {@code givenNameLatin} and {@code familyNameLatin} hold the Latin form (given, or transliterated).
 * Migratory status ({@code displacementStatus}) is recorded and gates nothing. {@code fields} holds the
 * deployment-defined fields, validated against the form configuration in force.
 */
public record CaseDetails(
    String givenName,
    String familyName,
    List<String> otherNames,
    String givenNameLatin,
    String familyNameLatin,
    String sex,
    PartialDate dateOfBirth,
    Boolean dateOfBirthEstimated,
    Integer ageYears,
    List<String> nationality,
    List<String> languages,
    String protectionStatus,
    String displacementStatus,
    String riskLevel,
    String placeOfOrigin,
    UUID placeOfOriginLocationId,
    UUID locationId,
    List<FamilyMember> family,
    Separation separation,
    List<String> protectionConcerns,
    Consent consent,
    List<CareArrangement> careArrangements,
    List<JourneyLeg> journey,
    ObjectNode fields) {

  public CaseDetails {
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    nationality = nationality == null ? List.of() : List.copyOf(nationality);
    languages = languages == null ? List.of() : List.copyOf(languages);
    family = family == null ? List.of() : List.copyOf(family);
    protectionConcerns = protectionConcerns == null ? List.of() : List.copyOf(protectionConcerns);
    careArrangements = careArrangements == null ? List.of() : List.copyOf(careArrangements);
    journey = journey == null ? List.of() : List.copyOf(journey);
    consent = consent == null ? Consent.NONE : consent;
  }

  /** Every name the child is known by, original script and Latin, for search and matching. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    for (String name : new String[] {givenName, familyName, givenNameLatin, familyNameLatin}) {
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    names.addAll(otherNames);
    return names;
  }

  /** The same details with another risk level, as an approved assessment sets it. */
  public CaseDetails withRiskLevel(String level) {
    return new CaseDetails(givenName, familyName, otherNames, givenNameLatin, familyNameLatin, sex, dateOfBirth,
        dateOfBirthEstimated, ageYears, nationality, languages, protectionStatus, displacementStatus, level,
        placeOfOrigin, placeOfOriginLocationId, locationId, family, separation, protectionConcerns, consent,
        careArrangements, journey, fields);
  }

  /** The same details with the Latin forms of the names filled in. */
  public CaseDetails withLatinNames(String givenLatin, String familyLatin) {
    return new CaseDetails(givenName, familyName, otherNames, givenLatin, familyLatin, sex, dateOfBirth,
        dateOfBirthEstimated, ageYears, nationality, languages, protectionStatus, displacementStatus, riskLevel,
        placeOfOrigin, placeOfOriginLocationId, locationId, family, separation, protectionConcerns, consent,
        careArrangements, journey, fields);
  }
}
