package org.haven.assessment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads screening answers against the Palermo Protocol's definition (art. 3): an act, by some means, for
 * the purpose of exploitation. For a child the means are not required: act and purpose suffice. The
 * outcome is a flag for a person to act on, never a finding that someone is a victim: identification
 * is a formal decision of the competent authority.
 */
public final class TraffickingRule {
  private TraffickingRule() {}

  public enum Flag {
    /** The answers meet the definition's elements: alert the supervisor, propose a referral. */
    TRAFFICKING_INDICATORS,
    /** Some indicators, not all the elements: exploitation may be happening; alert and propose a referral. */
    EXPLOITATION_INDICATORS,
    NONE;

    public String code() {
      return name().toLowerCase();
    }
  }

  public record Outcome(Flag flag, Set<String> elements, List<String> reasons, String proposedReferral) {}

  /** {@code yes}: the codes answered yes; {@code child}: under 18, or of unknown age. */
  public static Outcome screen(Collection<String> yes, Map<String, Indicator> catalogue, boolean child) {
    Set<String> elements = new TreeSet<>();
    for (String code : yes) {
      Indicator indicator = catalogue.get(code);
      if (indicator != null) {
        elements.add(indicator.element());
      }
    }
    boolean act = elements.contains("act");
    boolean means = elements.contains("means");
    boolean purpose = elements.contains("purpose");
    List<String> reasons = new ArrayList<>();
    reasons.add("elements indicated: " + (elements.isEmpty() ? "none" : String.join(", ", elements)));
    Flag flag;
    if (act && purpose && (child || means)) {
      flag = Flag.TRAFFICKING_INDICATORS;
      reasons.add(child ? "a child: act and purpose suffice, the means are not required"
          : "an adult: act, means and purpose are all indicated");
    } else if (!yes.isEmpty()) {
      flag = Flag.EXPLOITATION_INDICATORS;
      reasons.add("indicators present without every element of the definition"
          + (child ? " (for a child: act and purpose)" : " (act, means and purpose)"));
    } else {
      flag = Flag.NONE;
    }
    String referral = switch (flag) {
      case TRAFFICKING_INDICATORS -> "counter_trafficking_assistance";
      case EXPLOITATION_INDICATORS -> "protection_assessment";
      case NONE -> null;
    };
    return new Outcome(flag, elements, reasons, referral);
  }
}
