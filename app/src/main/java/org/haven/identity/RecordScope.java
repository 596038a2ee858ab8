package org.haven.identity;

/** Which records a user reaches: their own, their agency's, those in their locations' subtrees, or all. */
public enum RecordScope {
  OWN, AGENCY, LOCATION, ALL, NONE;

  public String code() {
    return name().toLowerCase();
  }

  public static RecordScope fromCode(String code) {
    for (RecordScope scope : values()) {
      if (scope.code().equals(code)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("unknown scope " + code);
  }
}
