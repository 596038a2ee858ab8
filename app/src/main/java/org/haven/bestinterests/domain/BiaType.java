package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The two BIA forms of the UNHCR BIP Toolbox: short (urgent, initial, large influx) and comprehensive. */
public enum BiaType {
  SHORT, COMPREHENSIVE;

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static BiaType fromCode(String code) {
    return Codes.parse(BiaType.class, code);
  }
}
