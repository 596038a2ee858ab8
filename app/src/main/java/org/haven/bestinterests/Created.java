package org.haven.bestinterests;

/** A record a call created, or found created before under the same client-chosen id. */
public record Created<T>(T value, boolean created) {}
