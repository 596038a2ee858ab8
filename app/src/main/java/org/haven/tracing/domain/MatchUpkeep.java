package org.haven.tracing.domain;

/**
 * What re-matching does to one pair of a tracing request and a case. Only pending pairs follow the
 * scores; a person's decision stands whatever the scores say later, so a rejected pair never comes back
 * and a confirmed one is never rescored. Any pair is hidden while its case may not be matched (no
 * tracing consent, merged into another case), and shown again when it may.
 */
public final class MatchUpkeep {
  private MatchUpkeep() {}

  public enum Step {
    /** Store a new pending pair. */
    INSERT,
    /** Update probability and explanation of a pending pair, and show it if it was hidden. */
    REFRESH,
    /** Show a decided pair again if it was hidden; leave its scores and decision alone. */
    RESTORE,
    /** Hide a pending pair: the case no longer resembles the child sought. */
    WITHDRAW,
    /** Hide the pair whatever its status: the case may not be matched. */
    HIDE,
    LEAVE
  }

  /**
   * @param stored status of the stored pair, {@code null} if there is none
   * @param found whether the pair scored at or above the review threshold this time
   * @param eligible whether the case may be matched at all
   */
  public static Step step(MatchStatus stored, boolean found, boolean eligible) {
    if (!eligible) {
      return stored == null ? Step.LEAVE : Step.HIDE;
    }
    if (stored == null) {
      return found ? Step.INSERT : Step.LEAVE;
    }
    if (!stored.pending()) {
      return Step.RESTORE;
    }
    return found ? Step.REFRESH : Step.WITHDRAW;
  }
}
