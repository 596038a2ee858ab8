package org.haven.bestinterests.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * UNHCR's durable solutions, IOM's assisted voluntary return and reintegration, and the complementary
 * pathways; the last two are the long-term arrangements a child may need instead.
 */
public enum DurableSolutionType {
  VOLUNTARY_REPATRIATION, AVRR, LOCAL_INTEGRATION, RESETTLEMENT, COMPLEMENTARY_PATHWAY_FAMILY,
  COMPLEMENTARY_PATHWAY_EDUCATION, COMPLEMENTARY_PATHWAY_LABOUR, COMPLEMENTARY_PATHWAY_HUMANITARIAN,
  FAMILY_REUNIFICATION_IN_COUNTRY, ALTERNATIVE_CARE_LONG_TERM;

  /** A return of the child to the country of origin, which no child makes without a best-interests procedure. */
  public boolean isReturn() {
    return this == VOLUNTARY_REPATRIATION || this == AVRR;
  }

  /** Whether a decision for {@code decided} covers implementing this solution; the two forms of return are one. */
  public boolean coveredBy(DurableSolutionType decided) {
    return this == decided || (isReturn() && decided != null && decided.isReturn());
  }

  @JsonValue
  public String code() {
    return Codes.of(this);
  }

  @JsonCreator
  public static DurableSolutionType fromCode(String code) {
    return Codes.parse(DurableSolutionType.class, code);
  }
}
