package org.haven.assessment.domain;

/** What the assessor found for one factor: whether it is present, and the evidence for saying so. */
public record Finding(String code, boolean present, String evidence) {}
