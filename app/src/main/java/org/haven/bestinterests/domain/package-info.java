/**
 * Assessments, determinations, panels, votes, decisions, durable solutions and the rules that say which
 * procedure a decision needs, as values and plain classes: what other modules (the web pages) receive from
 * and pass to the best-interests use cases, never store or change on their own.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.haven.bestinterests.domain;
