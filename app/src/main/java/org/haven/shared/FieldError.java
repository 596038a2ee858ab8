package org.haven.shared;

/** One bad field of a request, named by its JSON path (for example {@code family[1].relationship}). */
public record FieldError(String field, String message) {}
