package org.haven.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.cases.domain.CareArrangement;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.Consent;
import org.haven.cases.domain.FamilyMember;
import org.haven.cases.domain.JourneyLeg;
import org.haven.cases.domain.PartialDate;
import org.haven.cases.domain.Separation;
import org.haven.forms.FormConfiguration;
import org.haven.locations.Locations;
import org.haven.shared.InvalidRequestException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a case body (API.md's core fields plus deployment-defined {@code fields}) into
 * {@link CaseDetails}, checking every value against its type, its lookup in the form configuration in
 * force, and the location hierarchy. Any error rejects the whole body.
 */
@Component
class CaseBodyParser {
  /** Fields the server sets; clients may send them back unchanged, and they are ignored. */
  static final Set<String> SYSTEM_FIELDS = Set.of("id", "caseNumber", "status", "version", "ownerId", "agencyId",
      "createdAt", "createdBy", "updatedAt", "updatedBy");
  private static final Set<String> CORE_FIELDS = Set.of("givenName", "familyName", "otherNames", "givenNameLatin",
      "familyNameLatin", "sex", "dateOfBirth", "dateOfBirthEstimated", "ageYears", "nationality", "languages",
      "protectionStatus", "displacementStatus", "riskLevel", "placeOfOrigin", "placeOfOriginLocationId", "locationId",
      "family", "separation", "protectionConcerns", "consent", "careArrangements", "journey", "fields");

  /** The width of the name columns. */
  static final int MAX_NAME = 200;

  private final FormConfiguration forms;
  private final Locations locations;

  CaseBodyParser(FormConfiguration forms, Locations locations) {
    this.forms = forms;
    this.locations = locations;
  }

  /** A case to register or save: sex and a name are required. */
  CaseDetails parse(JsonNode body) {
    return parse(body, true);
  }

  /** A description to check for duplicates: whatever is known, nothing required. */
  CaseDetails parseDescription(JsonNode body) {
    return parse(body, false);
  }

  private CaseDetails parse(JsonNode body, boolean complete) {
    if (body == null || !body.isObject()) {
      throw InvalidRequestException.of("body", "must be a JSON object");
    }
    BodyReader in = new BodyReader();
    in.onlyKnown(body, "", union(CORE_FIELDS, SYSTEM_FIELDS), "; deployment-defined fields go in 'fields'");

    String givenName = in.text(body, "givenName", "givenName", MAX_NAME);
    String familyName = in.text(body, "familyName", "familyName", MAX_NAME);
    if (complete && givenName == null && familyName == null && in.errors().stream()
        .noneMatch(e -> e.field().equals("givenName") || e.field().equals("familyName"))) {
      in.error("givenName", "givenName or familyName is required");
    }
    List<String> otherNames = in.strings(body, "otherNames", "otherNames", v -> true, "");
    String givenLatin = in.text(body, "givenNameLatin", "givenNameLatin", MAX_NAME);
    String familyLatin = in.text(body, "familyNameLatin", "familyNameLatin", MAX_NAME);
    String sex = in.code(body, "sex", "sex", v -> forms.isLookupValue("sex", v),
        "one of female, male, other, unknown");
    if (complete && BodyReader.absent(body.get("sex"))) {
      in.error("sex", "is required");
    }
    PartialDate dateOfBirth = in.partialDate(body, "dateOfBirth", "dateOfBirth");
    if (dateOfBirth != null && dateOfBirth.earliest().isAfter(java.time.LocalDate.now().plusDays(1))) {
      in.error("dateOfBirth", "is in the future");
    }
    Boolean estimated = in.bool(body, "dateOfBirthEstimated", "dateOfBirthEstimated");
    Integer ageYears = in.integer(body, "ageYears", "ageYears", 0, 25);
    List<String> nationality = in.strings(body, "nationality", "nationality",
        v -> v.equals("stateless") || v.equals("unknown") || forms.isCountryCode(v),
        "an ISO 3166-1 alpha-3 code, 'stateless' or 'unknown'");
    List<String> languages = in.strings(body, "languages", "languages", forms::isLanguageCode, "an ISO 639-3 code");
    String protectionStatus = lookup(in, body, "protectionStatus", "protection_status");
    String displacementStatus = lookup(in, body, "displacementStatus", "displacement_status");
    String riskLevel = lookup(in, body, "riskLevel", "risk_level");
    String placeOfOrigin = in.text(body, "placeOfOrigin", "placeOfOrigin");
    UUID placeOfOriginLocationId = location(in, body, "placeOfOriginLocationId", "placeOfOriginLocationId");
    UUID locationId = location(in, body, "locationId", "locationId");
    List<FamilyMember> family = in.list(body, "family", "family", e -> familyMember(in, e));
    Separation separation = separation(in, in.object(body, "separation", "separation"));
    List<String> concerns = in.strings(body, "protectionConcerns", "protectionConcerns",
        v -> forms.isLookupValue("protection_concerns", v), "a protection concern of the lookup in force");
    Consent consent = consent(in, in.object(body, "consent", "consent"));
    List<CareArrangement> care = in.list(body, "careArrangements", "careArrangements", e -> careArrangement(in, e));
    List<JourneyLeg> journey = in.list(body, "journey", "journey", e -> journeyLeg(in, e));
    ObjectNode fields = null;
    JsonNode customFields = in.object(body, "fields", "fields");
    forms.validateCustomFields(customFields).forEach(e -> in.error(e.field(), e.message()));
    if (customFields != null) {
      fields = (ObjectNode) customFields.deepCopy();
    }

    if (!in.errors().isEmpty()) {
      throw new InvalidRequestException(in.errors());
    }
    return new CaseDetails(givenName, familyName, otherNames, givenLatin, familyLatin, sex, dateOfBirth, estimated,
        ageYears, nationality, languages, protectionStatus, displacementStatus, riskLevel, placeOfOrigin,
        placeOfOriginLocationId, locationId, family, separation, concerns, consent, care, journey, fields);
  }

  private String lookup(BodyReader in, JsonNode node, String name, String lookupId) {
    return lookup(in, node, name, name, lookupId);
  }

  private String lookup(BodyReader in, JsonNode node, String name, String path, String lookupId) {
    return in.code(node, name, path, v -> forms.isLookupValue(lookupId, v), "a value of the lookup " + lookupId);
  }

  private UUID location(BodyReader in, JsonNode node, String name, String path) {
    UUID id = in.uuid(node, name, path);
    if (id != null && !locations.exists(id)) {
      in.error(path, "names no known location");
      return null;
    }
    return id;
  }

  private FamilyMember familyMember(BodyReader in, BodyReader.Element e) {
    if (!e.node().isObject()) {
      in.error(e.path(), "must be an object");
      return null;
    }
    JsonNode n = e.node();
    String p = e.path();
    in.onlyKnown(n, p, Set.of("relationship", "name", "alive", "isCaregiver", "ageYears", "location"), "");
    String relationship = lookup(in, n, "relationship", p + ".relationship", "family_relationship");
    String name = in.text(n, "name", p + ".name");
    String alive = lookup(in, n, "alive", p + ".alive", "alive_status");
    if (relationship == null && name == null) {
      in.error(p, "needs at least a relationship or a name");
    }
    return new FamilyMember(relationship, name, alive, in.bool(n, "isCaregiver", p + ".isCaregiver"),
        in.integer(n, "ageYears", p + ".ageYears", 0, 120), in.text(n, "location", p + ".location"));
  }

  private Separation separation(BodyReader in, JsonNode n) {
    if (n == null) {
      return null;
    }
    in.onlyKnown(n, "separation", Set.of("date", "place", "cause"), "");
    return new Separation(in.partialDate(n, "date", "separation.date"), in.text(n, "place", "separation.place"),
        lookup(in, n, "cause", "separation.cause", "separation_cause"));
  }

  private Consent consent(BodyReader in, JsonNode n) {
    if (n == null) {
      return null;
    }
    in.onlyKnown(n, "consent", Set.of("services", "tracing", "reporting", "sharing", "givenBy", "date", "legalBasis"),
        "");
    return new Consent(in.bool(n, "services", "consent.services"), in.bool(n, "tracing", "consent.tracing"),
        in.bool(n, "reporting", "consent.reporting"),
        in.strings(n, "sharing", "consent.sharing", v -> forms.isLookupValue("consent_sharing", v),
            "a value of the lookup consent_sharing"),
        lookup(in, n, "givenBy", "consent.givenBy", "consent_given_by"), in.date(n, "date", "consent.date"),
        lookup(in, n, "legalBasis", "consent.legalBasis", "consent_legal_basis"));
  }

  private CareArrangement careArrangement(BodyReader in, BodyReader.Element e) {
    if (!e.node().isObject()) {
      in.error(e.path(), "must be an object");
      return null;
    }
    JsonNode n = e.node();
    String p = e.path();
    in.onlyKnown(n, p, Set.of("type", "caregiverName", "caregiverRelationship", "agencyProvidingCare", "startDate",
        "endDate", "changeReason"), "");
    String type = lookup(in, n, "type", p + ".type", "care_arrangement_type");
    if (type == null && BodyReader.absent(n.get("type"))) {
      in.error(p + ".type", "is required");
    }
    var start = in.date(n, "startDate", p + ".startDate");
    var end = in.date(n, "endDate", p + ".endDate");
    if (start != null && end != null && end.isBefore(start)) {
      in.error(p + ".endDate", "is before startDate");
    }
    return new CareArrangement(type, in.text(n, "caregiverName", p + ".caregiverName"),
        lookup(in, n, "caregiverRelationship", p + ".caregiverRelationship", "family_relationship"),
        in.text(n, "agencyProvidingCare", p + ".agencyProvidingCare"), start, end,
        in.text(n, "changeReason", p + ".changeReason"));
  }

  private JourneyLeg journeyLeg(BodyReader in, BodyReader.Element e) {
    if (!e.node().isObject()) {
      in.error(e.path(), "must be an object");
      return null;
    }
    JsonNode n = e.node();
    String p = e.path();
    in.onlyKnown(n, p, Set.of("stage", "place", "locationId", "country", "arrived", "departed", "means", "conditions",
        "notes"), "");
    String stage = lookup(in, n, "stage", p + ".stage", "journey_stage");
    if (stage == null && BodyReader.absent(n.get("stage"))) {
      in.error(p + ".stage", "is required (origin, transit or destination)");
    }
    PartialDate arrived = in.partialDate(n, "arrived", p + ".arrived");
    PartialDate departed = in.partialDate(n, "departed", p + ".departed");
    if (arrived != null && departed != null && departed.latest().isBefore(arrived.earliest())) {
      in.error(p + ".departed", "is before arrived");
    }
    return new JourneyLeg(stage, in.text(n, "place", p + ".place"), location(in, n, "locationId", p + ".locationId"),
        in.code(n, "country", p + ".country", forms::isCountryCode, "an ISO 3166-1 alpha-3 code"), arrived, departed,
        lookup(in, n, "means", p + ".means", "travel_means"),
        in.strings(n, "conditions", p + ".conditions", v -> forms.isLookupValue("journey_conditions", v),
            "a value of the lookup journey_conditions"),
        in.text(n, "notes", p + ".notes"));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
