package org.haven.tracing.domain;

/** The weight of one field in a match, in bits, and what it means in words. */
public record Evidence(String field, double weight, String detail) {}
