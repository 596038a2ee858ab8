package org.haven.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the child or caregiver agreed to: services, tracing, anonymous reporting, and with whom the
 * record may be shared; who gave it, when, and on which legal basis.
 */
public record Consent(Boolean services, Boolean tracing, Boolean reporting, List<String> sharing, String givenBy,
    LocalDate date, String legalBasis) {

  public static final Consent NONE = new Consent(false, false, false, List.of(), null, null, null);

  public boolean allowsTracing() {
    return Boolean.TRUE.equals(tracing);
  }

  public boolean allowsServices() {
    return Boolean.TRUE.equals(services);
  }

  public boolean allowsReporting() {
    return Boolean.TRUE.equals(reporting);
  }
}
