package org.haven.assessment.domain;

import java.util.Map;

/**
 * An exploitation or trafficking indicator of the catalogue: its framework (ILO_FL, UNODC_CHILD,
 * UNODC_GENERAL, DTM_FMS, PALERMO) and the element of the Palermo definition a "yes" points to
 * ({@code act}, {@code means}, {@code purpose}, or {@code general} for a warning sign of none in particular).
 */
public record Indicator(String code, String framework, String element, Map<String, String> labels) {}
