package org.haven.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.cases.domain.ChildCase;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.RecordFacts;
import org.haven.locations.Locations;
import org.springframework.stereotype.Service;

/**
 * The few facts about a case that other modules' rules and access decisions depend on: who owns it and
 * where it is (for the access policy), and whether the child is unaccompanied or separated (for the
 * best-interests rules). Nothing here returns what was recorded about the child; reading that goes
 * through {@link CaseRegistry}, which checks access and audits the read.
 */
@Service
public class CaseFacts {
  private final CaseRows rows;
  private final Locations locations;

  CaseFacts(CaseRows rows, Locations locations) {
    this.rows = rows;
    this.locations = locations;
  }

  /**
   * @param protectionStatus {@code unaccompanied}, {@code separated}, {@code accompanied}, or null when not recorded
   */
  public record Facts(UUID caseId, String caseNumber, String status, RecordFacts access, String protectionStatus) {}

  /** The facts of a case that exists and is not deleted. */
  public Optional<Facts> of(UUID caseId) {
    return rows.find(caseId).map(this::facts);
  }

  private Facts facts(ChildCase c) {
    UUID location = c.details().locationId();
    RecordFacts access = new RecordFacts(c.ownerId(), c.agencyId(),
        location == null ? List.of() : locations.withAncestors(location));
    return new Facts(c.id(), c.caseNumber(), c.status().code(), access, c.details().protectionStatus());
  }
}
