/**
 * Vulnerability assessment on the four levels of IOM's Determinants of Migrant Vulnerability (individual
 * and household assessments of a child's case; community assessments of an area, structural assessments
 * of a country, which apply to every case there), the risk level Haven proposes with its reasons and a
 * supervisor's override, and exploitation and trafficking screening (ILO, UNODC, DTM indicators; Palermo
 * elements). Factors and indicators come from a catalogue kept as data. Publishes
 * {@link org.haven.assessment.AssessmentEvents}; the root package is the module's API, {@code domain} and
 * {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.haven.assessment;
