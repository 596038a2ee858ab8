package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The options a BID weighs, from the standard "Best Interest" form. Three of them are a durable solution
 * by themselves; the others (reunification above all) name the solution that carries them out.
 */
public enum BidOption {
  LOCAL_INTEGRATION(DurableSolutionType.LOCAL_INTEGRATION),
  MAINTAIN_CHANGE_CURRENT_ARRANGEMENTS(null),
  MEDICAL(null),
  REPATRIATION(DurableSolutionType.VOLUNTARY_REPATRIATION),
  RESETTLEMENT_TO_3RD_COUNTRY(DurableSolutionType.RESETTLEMENT),
  REUNIFICATION(null);

  private final DurableSolutionType implied;

  BidOption(DurableSolutionType implied) {
    this.implied = implied;
  }

  /** The durable solution this option is by itself, or null when the decision must name it. */
  public DurableSolutionType impliedSolution() {
    return implied;
  }

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static BidOption fromCode(String code) {
    return Codes.parse(BidOption.class, code);
  }
}
