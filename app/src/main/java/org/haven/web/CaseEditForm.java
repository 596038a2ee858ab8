package org.haven.web;

import java.util.List;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;

/** The identity fields of a case as the edit form shows them, with the version the caseworker started from. */
public class CaseEditForm {
  private long version;
  private String givenName;
  private String familyName;
  private String otherNames;
  private String givenNameLatin;
  private String familyNameLatin;
  private String sex;
  private String dateOfBirth;
  private boolean dateOfBirthEstimated;
  private Integer ageYears;
  private String placeOfOrigin;
  private String protectionStatus;
  private String displacementStatus;
  private String riskLevel;

  static final List<String> FIELDS = List.of("givenName", "familyName", "otherNames", "givenNameLatin",
      "familyNameLatin", "sex", "dateOfBirth", "dateOfBirthEstimated", "ageYears", "placeOfOrigin",
      "protectionStatus", "displacementStatus", "riskLevel");

  static CaseEditForm of(ChildCase c) {
    CaseDetails d = c.details();
    CaseEditForm form = new CaseEditForm();
    form.version = c.version();
    form.givenName = d.givenName();
    form.familyName = d.familyName();
    form.otherNames = String.join(", ", d.otherNames());
    form.givenNameLatin = d.givenNameLatin();
    form.familyNameLatin = d.familyNameLatin();
    form.sex = d.sex();
    form.dateOfBirth = d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
    form.dateOfBirthEstimated = Boolean.TRUE.equals(d.dateOfBirthEstimated());
    form.ageYears = d.ageYears();
    form.placeOfOrigin = d.placeOfOrigin();
    form.protectionStatus = d.protectionStatus();
    form.displacementStatus = d.displacementStatus();
    form.riskLevel = d.riskLevel();
    return form;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
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

  public String getGivenNameLatin() {
    return givenNameLatin;
  }

  public void setGivenNameLatin(String givenNameLatin) {
    this.givenNameLatin = givenNameLatin;
  }

  public String getFamilyNameLatin() {
    return familyNameLatin;
  }

  public void setFamilyNameLatin(String familyNameLatin) {
    this.familyNameLatin = familyNameLatin;
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

  public String getPlaceOfOrigin() {
    return placeOfOrigin;
  }

  public void setPlaceOfOrigin(String placeOfOrigin) {
    this.placeOfOrigin = placeOfOrigin;
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
}
