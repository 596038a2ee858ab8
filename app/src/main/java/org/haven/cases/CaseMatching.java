package org.haven.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.cases.persistence.CaseRows;
import org.haven.identity.Actor;
import org.haven.matching.Candidate;
import org.haven.matching.Description;
import org.springframework.stereotype.Service;

/**
 * What family tracing needs of the registered cases: the cases that may be the child a description is
 * about (from the same in-memory index as the duplicate check), each case as a matching description,
 * whether its consent allows tracing, and whether a user may see it. Nothing here returns a case's
 * content; reads of content go through {@link CaseRegistry}, which audits them.
 */
@Service
public class CaseMatching {
  private final CaseMatcher matcher;
  private final CaseRows rows;
  private final CaseAccess access;

  CaseMatching(CaseMatcher matcher, CaseRows rows, CaseAccess access) {
    this.matcher = matcher;
    this.rows = rows;
    this.access = access;
  }

  /** A registered case that may be the child described. */
  public record CaseCandidate(UUID caseId, Candidate candidate) {}

  /** Cases that may be the child described, most likely first, whatever their consent or scope. */
  public List<CaseCandidate> similarTo(Description description, int limit) {
    return matcher.similar(description, limit).stream()
        .map(c -> new CaseCandidate(UUID.fromString(c.recordId()), c)).toList();
  }

  /** The case as the matching library sees it, if it exists and is not deleted. */
  public Optional<Description> describe(UUID caseId) {
    return rows.find(caseId).map(CaseDescriptions::of);
  }

  /** A case as tracing needs it after a change: its description and whether its consent allows tracing. */
  public record Traceable(Description description, boolean consentsToTracing) {}

  /**
   * The description of a live case and its consent to tracing, from one read: what the tracing matcher
   * asks of every registered or changed case, which would otherwise read and parse the case once per question.
   */
  public Optional<Traceable> traceable(UUID caseId) {
    return rows.find(caseId)
        .map(c -> new Traceable(CaseDescriptions.of(c), c.details().consent().allowsTracing()));
  }

  /** Whether the child (or caregiver) consented to tracing; a case without that consent is never matched. */
  public boolean consentsToTracing(UUID caseId) {
    return rows.find(caseId).map(c -> c.details().consent().allowsTracing()).orElse(false);
  }

  /** Whether the actor may read the case, by the access policy; nothing is audited by asking. */
  public boolean mayRead(Actor actor, UUID caseId) {
    return rows.find(caseId).map(c -> access.mayRead(actor, c)).orElse(false);
  }

  /** Whether the index of cases has been built since the server started. */
  public boolean ready() {
    return matcher.ready();
  }
}
