/**
 * Assessments, factors, indicators, risk levels and the rules that propose a risk level and read a
 * screening, as values and plain classes: what other modules may receive from the assessment module's use
 * cases, never store or change on their own.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.haven.assessment.domain;
