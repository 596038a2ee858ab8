package org.haven.web;

import java.util.List;
import java.util.UUID;
import org.haven.cases.CaseRegistry;
import org.haven.cases.domain.CaseDetails;
import org.haven.cases.domain.ChildCase;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.tracing.MatchReview;
import org.haven.tracing.TracingRequests;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Potential matches as the pages list them: with the case number and the child's name, or with who is
 * looking for whom. Each name is read through the use case that owns it (cases or tracing), so the read
 * is checked and audited, and a name the actor may not see never reaches the page.
 */
@Component
class MatchPages {
  /** One potential match in a list; {@code percent} is the probability that both describe the same child. */
  public record Row(UUID matchId, UUID requestId, UUID caseId, int percent, String decision, String status,
      long version, String caseNumber, String childName, String soughtName, String inquirerName) {}

  private final MatchReview review;
  private final TracingRequests requests;
  private final CaseRegistry cases;

  MatchPages(MatchReview review, TracingRequests requests, CaseRegistry cases) {
    this.review = review;
    this.requests = requests;
    this.cases = cases;
  }

  /** Whether the tracing pages and sections are for this actor: never behind the firewall. */
  static boolean mayTrace(Actor actor) {
    return actor.role().allows(Action.TRACING_MANAGE) && !actor.agencyType().isEnforcement();
  }

  List<Row> ofRequest(Actor actor, UUID requestId) {
    return review.ofRequest(actor, requestId).stream().map(m -> withCase(actor, m)).toList();
  }

  List<Row> ofCase(Actor actor, UUID caseId) {
    if (!mayTrace(actor)) {
      return List.of();
    }
    return review.ofCase(actor, caseId).stream().map(m -> withRequest(actor, m)).toList();
  }

  List<Row> pending(Actor actor, int size) {
    if (!mayTrace(actor)) {
      return List.of();
    }
    return review.queue(actor, "pending", size).stream().map(m -> withCase(actor, m)).toList();
  }

  private Row withCase(Actor actor, MatchReview.Match m) {
    ChildCase c = cases.get(actor, m.caseId());
    return row(m, c.caseNumber(), nameOf(c.details()), null, null);
  }

  private Row withRequest(Actor actor, MatchReview.Match m) {
    JsonNode doc = requests.get(actor, m.requestId()).document();
    String sought = join(doc.path("sought").path("givenName").asString(null),
        doc.path("sought").path("familyName").asString(null));
    return row(m, null, null, sought, doc.path("inquirer").path("name").asString(null));
  }

  private static Row row(MatchReview.Match m, String caseNumber, String childName, String sought, String inquirer) {
    return new Row(m.matchId(), m.requestId(), m.caseId(), (int) Math.round(m.probability() * 100), m.decision(),
        m.status(), m.version(), caseNumber, childName, sought, inquirer);
  }

  static String nameOf(CaseDetails d) {
    return join(d.givenName(), d.familyName());
  }

  static String join(String given, String family) {
    String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return name.isEmpty() ? null : name;
  }
}
