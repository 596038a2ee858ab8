package org.haven.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The risk level Haven proposes from an assessment's findings, with the reasons. The rule, in order:
 * <ol>
 *   <li>a critical risk factor present (an immediate threat to life or safety) makes it high;</li>
 *   <li>so does a trafficking flag raised on the case by a screening;</li>
 *   <li>otherwise the score, the weights of the risk factors present minus those of the protective
 *       factors present, decides: {@value #HIGH_FROM} or more is high, {@value #MEDIUM_FROM} or more
 *       medium, anything less low.</li>
 * </ol>
 * A proposal only: a supervisor may override it with a reason.
 */
public record RiskProposal(RiskLevel level, int score, List<String> reasons) {
  public static final int HIGH_FROM = 5;
  public static final int MEDIUM_FROM = 2;

  public RiskProposal {
    reasons = List.copyOf(reasons);
  }

  public static RiskProposal of(List<Finding> findings, Map<String, Factor> catalogue, boolean traffickingFlag) {
    List<String> reasons = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    List<String> protective = new ArrayList<>();
    int score = 0;
    boolean critical = false;
    for (Finding finding : findings) {
      Factor factor = catalogue.get(finding.code());
      if (!finding.present() || factor == null) {
        continue;
      }
      if (factor.polarity() == Factor.Polarity.RISK) {
        score += factor.weight();
        risks.add(factor.code() + " (+" + factor.weight() + ")");
        if (factor.critical()) {
          critical = true;
          reasons.add("critical risk factor present: " + factor.code());
        }
      } else {
        score -= factor.weight();
        protective.add(factor.code() + " (-" + factor.weight() + ")");
      }
    }
    if (traffickingFlag) {
      reasons.add("trafficking indicators flagged on the case by a screening");
    }
    if (!risks.isEmpty()) {
      reasons.add("risk factors present: " + String.join(", ", risks));
    }
    if (!protective.isEmpty()) {
      reasons.add("protective factors present: " + String.join(", ", protective));
    }
    RiskLevel byScore = score >= HIGH_FROM ? RiskLevel.HIGH : score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    reasons.add("score " + score + " (medium from " + MEDIUM_FROM + ", high from " + HIGH_FROM + ") gives "
        + byScore.code());
    RiskLevel level = critical || traffickingFlag ? RiskLevel.HIGH : byScore;
    return new RiskProposal(level, score, reasons);
  }
}
