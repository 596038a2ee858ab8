package org.haven.identity;

/** What kind of organisation an agency is. Enforcement agencies sit behind the firewall. */
public enum AgencyType {
  NGO, UN_AGENCY, GOVERNMENT_CHILD_PROTECTION, GOVERNMENT_IMMIGRATION_ENFORCEMENT, OTHER;

  public String code() {
    return name().toLowerCase();
  }

  public boolean isEnforcement() {
    return this == GOVERNMENT_IMMIGRATION_ENFORCEMENT;
  }

  public static AgencyType fromCode(String code) {
    for (AgencyType type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown agency type " + code);
  }
}
