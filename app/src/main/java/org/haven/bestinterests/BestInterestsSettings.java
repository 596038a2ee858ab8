package org.haven.bestinterests;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.bestinterests.domain.BestInterestsRules;
import org.haven.bestinterests.domain.DurableSolutionType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a deployment configures of the procedure: the smallest quorum of a BID panel
 * ({@code haven.best-interests.panel-quorum}, 3 by default) and the durable solutions that need no BID
 * even for an unaccompanied or separated child ({@code haven.best-interests.bid-exempt-solutions}, none
 * by default; national procedures may exempt, for example, reunification with parents in the country).
 */
@Component
class BestInterestsSettings {
  private final int panelQuorum;
  private final BestInterestsRules rules;

  BestInterestsSettings(@Value("${haven.best-interests.panel-quorum:3}") int panelQuorum,
      @Value("${haven.best-interests.bid-exempt-solutions:}") List<String> exempt) {
    if (panelQuorum < 1) {
      throw new IllegalArgumentException("haven.best-interests.panel-quorum must be at least 1");
    }
    this.panelQuorum = panelQuorum;
    Set<DurableSolutionType> types = EnumSet.noneOf(DurableSolutionType.class);
    exempt.stream().filter(s -> !s.isBlank()).map(String::strip).map(DurableSolutionType::fromCode).forEach(types::add);
    this.rules = new BestInterestsRules(types);
  }

  int panelQuorum() {
    return panelQuorum;
  }

  BestInterestsRules rules() {
    return rules;
  }
}
