package org.haven.bestinterests.domain;

/**
 * An option and, where it leads to one, the durable solution that carries it out: "reunification through
 * resettlement" is {@code reunification} with {@code resettlement}. Votes and decisions are choices.
 */
public record BidChoice(BidOption option, DurableSolutionType durableSolution) {

  /** The choice with the solution the option implies filled in when none was named. */
  public static BidChoice of(BidOption option, DurableSolutionType durableSolution) {
    return new BidChoice(option, durableSolution != null ? durableSolution : option.impliedSolution());
  }

  public String describe() {
    return option.code() + (durableSolution == null || durableSolution == option.impliedSolution()
        ? "" : " through " + durableSolution.code());
  }
}
