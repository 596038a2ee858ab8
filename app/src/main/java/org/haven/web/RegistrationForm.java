package org.haven.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the registration wizard has collected so far. Every step posts the whole form (the fields of the
 * other steps travel as hidden inputs), so the wizard keeps no state on the server and survives a lost
 * connection. The id is chosen when the wizard opens: submitting twice registers one child.
 */
public class RegistrationForm {
  static final List<String> STEPS = List.of("identity", "family", "consent");
  static final int RELATIVES = 3;

  private UUID id;
  private String step = "identity";
  private boolean duplicatesReviewed;

  private String givenName;
  private String familyName;
  private String otherNames;
  private String sex;
  private String dateOfBirth;
  private boolean dateOfBirthEstimated;
  private Integer ageYears;
  private String protectionStatus;
  private String displacementStatus;
  private String riskLevel;
  private String placeOfOrigin;

  private List<Relative> family = new ArrayList<>();
  private String separationDate;
  private String separationPlace;
  private String separationCause;

  private boolean consentServices;
  private boolean consentTracing;
  private boolean consentReporting;
  private List<String> consentSharing = new ArrayList<>();
  private String consentGivenBy;
  private String consentDate;
  private String consentLegalBasis;

  public static class Relative {
    private String relationship;
    private String name;
    private String alive;
    private boolean caregiver;

    boolean isEmpty() {
      return blank(relationship) && blank(name);
    }

    public String getRelationship() {
      return relationship;
    }

    public void setRelationship(String relationship) {
      this.relationship = relationship;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getAlive() {
      return alive;
    }

    public void setAlive(String alive) {
      this.alive = alive;
    }

    public boolean isCaregiver() {
      return caregiver;
    }

    public void setCaregiver(boolean caregiver) {
      this.caregiver = caregiver;
    }
  }

  static RegistrationForm started() {
    RegistrationForm form = new RegistrationForm();
    form.id = UUID.randomUUID();
    form.padFamily();
    return form;
  }

  /** Drops empty relative rows, so that error paths ({@code family[1]}) match the rows shown. */
  void compactFamily() {
    family.removeIf(r -> r == null || r.isEmpty());
  }

  /** Always offers {@link #RELATIVES} rows, so a caseworker can add relatives without JavaScript. */
  void padFamily() {
    while (family.size() < RELATIVES) {
      family.add(new Relative());
    }
  }

  int stepIndex() {
    int index = STEPS.indexOf(step);
    return index < 0 ? 0 : index;
  }

  boolean hasName() {
    return !blank(givenName) || !blank(familyName);
  }

  /** The form as a case body for the cases module; empty inputs are left out. */
  ObjectNode toBody(JsonMapper json, boolean withIdentityOnly) {
    ObjectNode body = json.createObjectNode();
    text(body, "givenName", givenName);
    text(body, "familyName", familyName);
    if (!blank(otherNames)) {
      ArrayNode names = body.putArray("otherNames");
      Arrays.stream(otherNames.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
    }
    text(body, "sex", sex);
    text(body, "dateOfBirth", dateOfBirth);
    if (dateOfBirthEstimated) {
      body.put("dateOfBirthEstimated", true);
    }
    if (ageYears != null) {
      body.put("ageYears", ageYears);
    }
    text(body, "placeOfOrigin", placeOfOrigin);
    if (withIdentityOnly) {
      return body;
    }
    text(body, "protectionStatus", protectionStatus);
    text(body, "displacementStatus", displacementStatus);
    text(body, "riskLevel", riskLevel);
    ArrayNode relatives = json.createArrayNode();
    for (Relative r : family) {
      if (r != null && !r.isEmpty()) {
        ObjectNode member = relatives.addObject();
        text(member, "relationship", r.relationship);
        text(member, "name", r.name);
        text(member, "alive", r.alive);
        if (r.caregiver) {
          member.put("isCaregiver", true);
        }
      }
    }
    if (!relatives.isEmpty()) {
      body.set("family", relatives);
    }
    if (!blank(separationDate) || !blank(separationPlace) || !blank(separationCause)) {
      ObjectNode separation = body.putObject("separation");
      text(separation, "date", separationDate);
      text(separation, "place", separationPlace);
      text(separation, "cause", separationCause);
    }
    ObjectNode consent = body.putObject("consent");
    consent.put("services", consentServices);
    consent.put("tracing", consentTracing);
    consent.put("reporting", consentReporting);
    ArrayNode sharing = consent.putArray("sharing");
    consentSharing.stream().filter(s -> !blank(s)).forEach(sharing::add);
    text(consent, "givenBy", consentGivenBy);
    text(consent, "date", consentDate);
    text(consent, "legalBasis", consentLegalBasis);
    return body;
  }

  private static void text(ObjectNode node, String name, String value) {
    if (!blank(value)) {
      node.put(name, value.strip());
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  // Accessors for data binding and the templates.

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = STEPS.contains(step) ? step : "identity";
  }

  public boolean isDuplicatesReviewed() {
    return duplicatesReviewed;
  }

  public void setDuplicatesReviewed(boolean duplicatesReviewed) {
    this.duplicatesReviewed = duplicatesReviewed;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getOtherNames() {
    return otherNames;
  }

  public void setOtherNames(String otherNames) {
    this.otherNames = otherNames;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public boolean isDateOfBirthEstimated() {
    return dateOfBirthEstimated;
  }

  public void setDateOfBirthEstimated(boolean dateOfBirthEstimated) {
    this.dateOfBirthEstimated = dateOfBirthEstimated;
  }

  public Integer getAgeYears() {
    return ageYears;
  }

  public void setAgeYears(Integer ageYears) {
    this.ageYears = ageYears;
  }

  public String getProtectionStatus() {
    return protectionStatus;
  }

  public void setProtectionStatus(String protectionStatus) {
    this.protectionStatus = protectionStatus;
  }

  public String getDisplacementStatus() {
    return displacementStatus;
  }

  public void setDisplacementStatus(String displacementStatus) {
    this.displacementStatus = displacementStatus;
  }

  public String getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(String riskLevel) {
    this.riskLevel = riskLevel;
  }

  public String getPlaceOfOrigin() {
    return placeOfOrigin;
  }

  public void setPlaceOfOrigin(String placeOfOrigin) {
    this.placeOfOrigin = placeOfOrigin;
  }

  public List<Relative> getFamily() {
    return family;
  }

  public void setFamily(List<Relative> family) {
    this.family = family == null ? new ArrayList<>() : family;
  }

  public String getSeparationDate() {
    return separationDate;
  }

  public void setSeparationDate(String separationDate) {
    this.separationDate = separationDate;
  }

  public String getSeparationPlace() {
    return separationPlace;
  }

  public void setSeparationPlace(String separationPlace) {
    this.separationPlace = separationPlace;
  }

  public String getSeparationCause() {
    return separationCause;
  }

  public void setSeparationCause(String separationCause) {
    this.separationCause = separationCause;
  }

  public boolean isConsentServices() {
    return consentServices;
  }

  public void setConsentServices(boolean consentServices) {
    this.consentServices = consentServices;
  }

  public boolean isConsentTracing() {
    return consentTracing;
  }

  public void setConsentTracing(boolean consentTracing) {
    this.consentTracing = consentTracing;
  }

  public boolean isConsentReporting() {
    return consentReporting;
  }

  public void setConsentReporting(boolean consentReporting) {
    this.consentReporting = consentReporting;
  }

  public List<String> getConsentSharing() {
    return consentSharing;
  }

  public void setConsentSharing(List<String> consentSharing) {
    this.consentSharing = consentSharing == null ? new ArrayList<>() : consentSharing;
  }

  public String getConsentGivenBy() {
    return consentGivenBy;
  }

  public void setConsentGivenBy(String consentGivenBy) {
    this.consentGivenBy = consentGivenBy;
  }

  public String getConsentDate() {
    return consentDate;
  }

  public void setConsentDate(String consentDate) {
    this.consentDate = consentDate;
  }

  public String getConsentLegalBasis() {
    return consentLegalBasis;
  }

  public void setConsentLegalBasis(String consentLegalBasis) {
    this.consentLegalBasis = consentLegalBasis;
  }
}
