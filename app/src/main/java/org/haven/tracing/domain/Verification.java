package org.haven.tracing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification checklist of a confirmed match: the identity of the adult, the evidence of the
 * relationship, the child's wishes, the adult's willingness (and ability) to care, and the safety of the
 * child with the adult. It is complete when every point is confirmed.
 */
@org.springframework.modulith.NamedInterface("reunification")
public record Verification(VerificationCheck adultIdentity, VerificationCheck relationshipEvidence,
    VerificationCheck childWishes, VerificationCheck adultWillingness, VerificationCheck safety) {

  public static final Verification PENDING = new Verification(VerificationCheck.PENDING, VerificationCheck.PENDING,
      VerificationCheck.PENDING, VerificationCheck.PENDING, VerificationCheck.PENDING);

  /** Each point by its API name; a point not given is pending. */
  public Map<String, VerificationCheck> points() {
    Map<String, VerificationCheck> points = new LinkedHashMap<>();
    points.put("adultIdentity", orPending(adultIdentity));
    points.put("relationshipEvidence", orPending(relationshipEvidence));
    points.put("childWishes", orPending(childWishes));
    points.put("adultWillingness", orPending(adultWillingness));
    points.put("safety", orPending(safety));
    return points;
  }

  /** The points not confirmed yet (pending or refuted), by name. */
  public List<String> unconfirmed() {
    List<String> open = new ArrayList<>();
    points().forEach((name, check) -> {
      if (!check.confirmed()) {
        open.add(name);
      }
    });
    return open;
  }

  public boolean complete() {
    return unconfirmed().isEmpty();
  }

  public boolean failed() {
    return points().values().stream().anyMatch(VerificationCheck::refuted);
  }

  private static VerificationCheck orPending(VerificationCheck check) {
    return check == null ? VerificationCheck.PENDING : check;
  }
}
