package org.haven.audit;

/** One field of a record that changed: its path, and its JSON value before and after. */
public record FieldChange(String field, Object from, Object to) {}
