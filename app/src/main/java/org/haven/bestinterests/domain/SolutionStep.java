package org.haven.bestinterests.domain;

/**
 * One step of carrying out a durable solution (counselling, documents, escort, reception, monitoring),
 * {@code pending}, {@code done} or {@code not_applicable}, with its due and done dates.
 */
public record SolutionStep(String name, String status, String dueOn, String doneOn, String note) {
  public static final java.util.List<String> STATUSES = java.util.List.of("pending", "done", "not_applicable");

  static SolutionStep pending(String name) {
    return new SolutionStep(name, "pending", null, null, null);
  }

  public boolean open() {
    return "pending".equals(status);
  }
}
