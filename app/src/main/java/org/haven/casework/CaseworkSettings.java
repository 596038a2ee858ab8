package org.haven.casework;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.casework.domain.Deadlines;
import org.haven.casework.domain.TimeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a deployment configures of casework: response times and follow-up cadences by risk level (its
 * country's SOP), the time zone calendar days are counted in, and which records need a supervisor's
 * approval before they take effect ({@code assessment}, {@code case_plan}, {@code closure}; the closure
 * setting governs reopening as well).
 */
@Component
class CaseworkSettings {
  static final Set<String> APPROVABLE = Set.of("assessment", "case_plan", "closure");

  private final Deadlines deadlines;
  private final Set<String> approvals;
  private final String publicUrl;

  CaseworkSettings(
      @Value("${haven.casework.response-time.high:24h}") String responseHigh,
      @Value("${haven.casework.response-time.medium:72h}") String responseMedium,
      @Value("${haven.casework.response-time.low:1w}") String responseLow,
      @Value("${haven.casework.follow-up.high:1w}") String followUpHigh,
      @Value("${haven.casework.follow-up.medium:2w}") String followUpMedium,
      @Value("${haven.casework.follow-up.low:30d}") String followUpLow,
      @Value("${haven.casework.zone:UTC}") String zone,
      @Value("${haven.casework.approvals:assessment,case_plan,closure}") String approvals,
      @Value("${haven.public-url:http://localhost:8080}") String publicUrl) {
    this.deadlines = new Deadlines(levels(responseHigh, responseMedium, responseLow),
        levels(followUpHigh, followUpMedium, followUpLow), ZoneId.of(zone));
    this.approvals = Arrays.stream(approvals.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    for (String kind : this.approvals) {
      if (!APPROVABLE.contains(kind)) {
        throw new IllegalArgumentException("haven.casework.approvals: " + kind + " is not one of " + APPROVABLE);
      }
    }
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private static Map<String, TimeLimit> levels(String high, String medium, String low) {
    Map<String, TimeLimit> limits = new LinkedHashMap<>();
    limits.put("high", TimeLimit.parse(high));
    limits.put("medium", TimeLimit.parse(medium));
    limits.put("low", TimeLimit.parse(low));
    return limits;
  }

  Deadlines deadlines() {
    return deadlines;
  }

  boolean requiresApproval(String kind) {
    return approvals.contains("reopening".equals(kind) ? "closure" : kind);
  }

  String caseLink(java.util.UUID caseId) {
    return publicUrl + "/cases/" + caseId;
  }
}
