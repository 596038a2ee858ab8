package org.haven.tracing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.tracing.MatchReview;

/** A match as the API shows it: the contract's fields first, then the decision's who, when and note. */
final class MatchViews {
  private MatchViews() {}

  static Map<String, Object> of(MatchReview.Match m) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("matchId", m.matchId());
    view.put("requestId", m.requestId());
    view.put("caseId", m.caseId());
    view.put("probability", m.probability());
    view.put("decision", m.decision());
    view.put("explanation", m.explanation());
    view.put("status", m.status());
    view.put("version", m.version());
    if (m.decidedBy() != null) {
      view.put("decidedBy", m.decidedBy());
      view.put("decidedAt", m.decidedAt());
    }
    if (m.note() != null) {
      view.put("note", m.note());
    }
    return view;
  }
}
