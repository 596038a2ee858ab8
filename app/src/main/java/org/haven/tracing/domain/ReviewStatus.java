package org.haven.tracing.domain;

/** A pair of records waiting for a person's decision, or decided. */
public interface ReviewStatus {
  String code();

  boolean pending();
}
