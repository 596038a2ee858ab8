package org.haven.web;

import org.haven.cases.domain.ChildCase;
import org.haven.identity.Actor;
import org.springframework.ui.Model;

/**
 * One part of the case page. The page shows every {@code CaseSection} bean in {@link #order()}, each
 * rendered by its own Thymeleaf fragment, and serves each alone at {@code /cases/{id}/sections/{id}} for
 * htmx to refresh. A module that adds a part of a child's case to the page (assessments, plan, services,
 * referrals, best interests) adds one {@code @Component} implementing this interface in this package and one
 * fragment under {@code templates/cases/sections/}; nothing else changes. Orders in use: identity 10,
 * family 20, care 30, journey 40, protection concerns 50, consent 60, then the read-only summaries of
 * assessments and risk 70, plan 80, services 90, referrals 100 and best interests 110 (each linking to its
 * full page), tracing 120.
 *
 * <p>The fragment sees {@code c} (the case), {@code d} (its details), {@code mayEdit}, and what
 * {@link #contribute} added. A section reads what it shows through its module's use case with the actor,
 * so the access policy decides and the read is audited; a section the actor may not see is left out of
 * the page entirely ({@link #shownTo}), not hidden.
 */
public interface CaseSection {
  /** The section's id in URLs and in the page (the element id is {@code section-<id>}). */
  String id();

  int order();

  /** The fragment that renders it, as {@code template :: fragment}. */
  String fragment();

  default boolean shownTo(Actor actor) {
    return true;
  }

  /** Adds what the fragment needs to the model, read through the owning module's use cases. */
  default void contribute(Actor actor, ChildCase childCase, Model model) {}
}
