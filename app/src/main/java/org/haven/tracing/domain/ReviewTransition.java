package org.haven.tracing.domain;

/**
 * The rules of deciding on a pair. A pending pair may be decided either way. A decided pair keeps its
 * decision unless the reviewer explicitly asks to change it, so that a second reviewer clicking on a
 * stale screen cannot overturn the first one by accident. Nothing goes back to pending.
 */
public final class ReviewTransition {
  private ReviewTransition() {}

  public static <S extends ReviewStatus> S next(S current, S requested, boolean explicitChange) {
    if (requested.pending()) {
      throw new IllegalTransition("a decision cannot set a pair back to " + requested.code());
    }
    if (current.pending()) {
      return requested;
    }
    if (current == requested) {
      throw new IllegalTransition("the pair is " + current.code() + " already");
    }
    if (!explicitChange) {
      throw new IllegalTransition("the pair was decided as " + current.code()
          + "; send \"change\": true to change the decision");
    }
    return requested;
  }
}
