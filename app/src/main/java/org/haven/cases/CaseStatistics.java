package org.haven.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.springframework.stereotype.Service;

/**
 * The non-identifying facts of cases, for read models such as reporting: codes, years and dates, never a
 * name or free text. Not a use case: it reads for the system itself, not for a user, so it is neither
 * authorised nor audited; what it returns cannot identify a child on its own.
 */
@Service
public class CaseStatistics {
  private final CaseRows rows;

  CaseStatistics(CaseRows rows) {
    this.rows = rows;
  }

  /**
   * What a statistic may know of a case. {@code birthYear} is the year of birth as recorded, or estimated
   * from the age given at registration; {@code nationality} the first one recorded.
   */
  public record Facts(UUID caseId, String status, String sex, Integer birthYear, String protectionStatus,
      String displacementStatus, String riskLevel, String nationality, UUID locationId, String separationCause,
      List<String> protectionConcerns, boolean consentReporting, Instant registeredAt, Instant updatedAt) {}

  /** The facts of a live case; empty when it does not exist or was deleted. */
  public Optional<Facts> of(UUID caseId) {
    return rows.find(caseId).map(CaseStatistics::facts);
  }

  /** The facts of the live cases among these ids, in one read. */
  public List<Facts> ofAll(List<UUID> caseIds) {
    return rows.findAll(caseIds).stream().map(CaseStatistics::facts).toList();
  }

  /** The facts of every live case, in batches, to rebuild a read model. */
  public void forEach(Consumer<Facts> consumer) {
    rows.forEach(c -> consumer.accept(facts(c)));
  }

  static Facts facts(ChildCase c) {
    CaseDetails d = c.details();
    Integer birthYear = d.dateOfBirth() != null ? Integer.valueOf(d.dateOfBirth().year())
        : d.ageYears() != null ? Integer.valueOf(c.createdAt().atZone(ZoneOffset.UTC).getYear() - d.ageYears())
        : null;
    return new Facts(c.id(), c.status().code(), d.sex(), birthYear, d.protectionStatus(), d.displacementStatus(),
        d.riskLevel(), d.nationality().isEmpty() ? null : d.nationality().get(0), d.locationId(),
        d.separation() == null ? null : d.separation().cause(), d.protectionConcerns(),
        d.consent().allowsReporting(), c.createdAt(), c.updatedAt());
  }
}
