package org.haven.reporting;

import java.util.Arrays;
import java.util.Set;
import org.haven.reporting.disclosure.DisclosureRule;
import org.haven.reporting.disclosure.Rounding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The deployment's disclosure rule, from the {@code haven.reporting.*} settings (see docs/reporting.md). */
@Component
class ReportingSettings {
  private final DisclosureRule rule;

  ReportingSettings(@Value("${haven.reporting.threshold:5}") int threshold,
      @Value("${haven.reporting.suppress-zeros:false}") boolean suppressZeros,
      @Value("${haven.reporting.rounding:none}") String rounding,
      @Value("${haven.reporting.rounding-base:5}") int roundingBase,
      @Value("${haven.reporting.sensitive-categories:trafficked_smuggled,sexually_exploited,gbv_survivor,caafag}")
      String sensitive,
      @Value("${haven.reporting.sensitive-finest-admin-level:2}") int finestLevel,
      @Value("${haven.reporting.rounding-key:haven}") String roundingKey) {
    Set<String> categories = Set.copyOf(Arrays.stream(sensitive.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList());
    this.rule = new DisclosureRule(threshold, suppressZeros, Rounding.valueOf(rounding.strip().toUpperCase()),
        roundingBase, categories, finestLevel, roundingKey);
  }

  DisclosureRule rule() {
    return rule;
  }
}
