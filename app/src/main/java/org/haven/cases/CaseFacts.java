package org.haven.cases;

import java.util.UUID;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.Consent;
import org.haven.identity.RecordFacts;

/**
 * What other modules need to know of a case to decide access and apply their rules, without its
 * content: no names, no family, nothing that identifies the child. {@code country} is the ISO 3166-1
 * alpha-3 code of the country the case's location lies in; {@code ageYears} is null when unknown;
 * {@code protectionStatus} is {@code unaccompanied}, {@code separated}, {@code accompanied}, or null when not
 * recorded (the best-interests rules depend on it).
 */
public record CaseFacts(UUID id, String caseNumber, CaseStatus status, long version, UUID ownerId, UUID agencyId,
    UUID locationId, String country, Integer ageYears, Consent consent, String riskLevel, String protectionStatus, RecordFacts recordFacts) {

  /** Under 18, or of unknown age: a person whose age is unknown is treated as a child until shown otherwise. */
  public boolean presumedChild() {
    return ageYears == null || ageYears < 18;
  }
}
