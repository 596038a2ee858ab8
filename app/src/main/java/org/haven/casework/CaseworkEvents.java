package org.haven.casework;

import java.util.UUID;

/**
 * Facts about casework other modules react to. They carry ids only, never a child's data, and are
 * published inside the transaction of the change, so a listener's work commits with it or not at all.
 */
public final class CaseworkEvents {
  private CaseworkEvents() {}

  /** A task, service or referral of the case was created or changed status; read models refresh the case. */
  public record CaseworkChanged(UUID caseId) {}
}
