package org.haven.bestinterests.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a best-interests procedure is required, by the UNHCR Best Interests Procedure Guidelines and IOM's
 * return practice:
 * <ul>
 *   <li>a durable solution for an unaccompanied or separated child needs a BID, except for the solutions
 *       a deployment exempts (none by default);</li>
 *   <li>a decision that may separate a child from the parents against their will needs a BID;</li>
 *   <li>temporary care in exceptional circumstances for an unaccompanied or separated child needs a BID;</li>
 *   <li>every other durable solution, and above all a return, needs at least an approved BIA.</li>
 * </ul>
 * A child whose accompaniment is not recorded is treated as unaccompanied: the stricter procedure
 * protects the child until the facts are known. These rules gate one thing only, the implementation
 * of a durable solution; nothing urgent ever waits for a BID.
 */
public final class BestInterestsRules {
  private final Set<DurableSolutionType> exemptFromBid;

  public BestInterestsRules(Set<DurableSolutionType> exemptFromBid) {
    this.exemptFromBid = exemptFromBid.isEmpty() ? EnumSet.noneOf(DurableSolutionType.class)
        : EnumSet.copyOf(exemptFromBid);
  }

  public static boolean unaccompaniedOrSeparated(String protectionStatus) {
    return !"accompanied".equals(protectionStatus);
  }

  public Requirement requirementFor(DecisionKind kind, String protectionStatus, DurableSolutionType solution) {
    boolean uasc = unaccompaniedOrSeparated(protectionStatus);
    String who = protectionStatus == null ? "a child whose accompaniment is not recorded (treated as unaccompanied)"
        : "an " + protectionStatus + " child";
    return switch (kind) {
      case SEPARATION_FROM_PARENTS -> new Requirement(Procedure.BID,
          "a decision that may separate a child from the parents against their will needs a BID");
      case TEMPORARY_CARE_EXCEPTIONAL -> uasc
          ? new Requirement(Procedure.BID, "exceptional temporary care of " + who + " needs a BID")
          : new Requirement(Procedure.BIA, "care decisions for an accompanied child rest on a BIA");
      case CARE_ARRANGEMENT -> new Requirement(Procedure.BIA, "care arrangements rest on a BIA and the case plan");
      case DURABLE_SOLUTION -> uasc && (solution == null || !exemptFromBid.contains(solution))
          ? new Requirement(Procedure.BID, "a durable solution for " + who + " needs a BID")
          : new Requirement(Procedure.BIA, solution != null && solution.isReturn()
              ? "no child returns without a best-interests procedure: at least an approved BIA"
              : "a durable solution for " + who + " needs at least an approved BIA");
    };
  }

  /**
   * What is missing before {@code solution} may be implemented for this child, in words naming the
   * procedure; empty when nothing is.
   */
  public Optional<String> missingBeforeImplementing(DurableSolutionType solution, String protectionStatus,
      List<Bia> bias, List<Bid> bids) {
    Requirement requirement = requirementFor(DecisionKind.DURABLE_SOLUTION, protectionStatus, solution);
    if (requirement.procedure() == Procedure.BIA) {
      if (bias.stream().anyMatch(b -> b.status() == BiaStatus.APPROVED)
          || bids.stream().anyMatch(b -> decides(b, solution))) {
        return Optional.empty();
      }
      return Optional.of("an approved best interests assessment (BIA) is required before implementing "
          + solution.code() + " (" + requirement.rule() + ")");
    }
    List<Bid> deciding = bids.stream().filter(b -> b.decision() != null
        && solution.coveredBy(b.decision().choice().durableSolution())).toList();
    if (deciding.stream().anyMatch(b -> decides(b, solution))) {
      return Optional.empty();
    }
    if (deciding.stream().anyMatch(b -> b.status() == BidStatus.DECIDED)) {
      return Optional.of("the best interests determination (BID) decided " + solution.code()
          + " but the decision has not been communicated to the child yet");
    }
    if (deciding.stream().anyMatch(b -> b.status() == BidStatus.REVIEW_REQUESTED)) {
      return Optional.of("the best interests determination (BID) that decided " + solution.code()
          + " is under review");
    }
    return Optional.of("a completed best interests determination (BID) deciding " + solution.code()
        + " is required before implementing it (" + requirement.rule() + ")");
  }

  private static boolean decides(Bid bid, DurableSolutionType solution) {
    return (bid.status() == BidStatus.COMMUNICATED || bid.status() == BidStatus.IMPLEMENTED)
        && bid.decision() != null && solution.coveredBy(bid.decision().choice().durableSolution());
  }
}
