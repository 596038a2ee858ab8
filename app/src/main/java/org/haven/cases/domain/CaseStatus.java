package org.haven.cases.domain;

/** Where a case stands. Registration opens it; casework moves it on. */
public enum CaseStatus {
  OPEN, CLOSED, TRANSFERRED, DUPLICATE;

  public String code() {
    return name().toLowerCase();
  }

  public static CaseStatus fromCode(String code) {
    return valueOf(code.toUpperCase());
  }
}
