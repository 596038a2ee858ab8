package org.haven.bestinterests.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The BID report (step 1 of a BID): all relevant information on the five factors the panel balances,
 * the options considered and the author's recommendation.
 */
public record BidReport(String background, ChildViews childViews, String familyViews, String safety,
    String familyRelationships, String developmentAndIdentity, List<BidOption> optionsConsidered,
    BidOption recommendedOption, DurableSolutionType recommendedSolution) {

  public BidReport {
    optionsConsidered = optionsConsidered == null ? List.of() : List.copyOf(optionsConsidered);
  }

  /** What is missing before the report can go to the supervisor. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (childViews == null) {
      missing.add("childViews");
    } else {
      missing.addAll(childViews.missing("childViews"));
    }
    for (String[] field : new String[][] {{background, "background"}, {familyViews, "familyViews"},
        {safety, "safety"}, {familyRelationships, "familyRelationships"},
        {developmentAndIdentity, "developmentAndIdentity"}}) {
      if (!ChildViews.present(field[0])) {
        missing.add(field[1]);
      }
    }
    if (optionsConsidered.isEmpty()) {
      missing.add("optionsConsidered");
    }
    if (recommendedOption == null) {
      missing.add("recommendedOption");
    }
    return missing;
  }
}
