package org.haven.casework.domain;

/** A service is planned, then in progress, then completed; until completed it can be cancelled. */
public enum ServiceStatus {
  PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

  public ServiceStatus moveTo(ServiceStatus target) {
    boolean legal = switch (target) {
      case IN_PROGRESS -> this == PLANNED;
      case COMPLETED -> this == IN_PROGRESS || this == PLANNED;
      case CANCELLED -> this == PLANNED || this == IN_PROGRESS;
      case PLANNED -> false;
    };
    if (!legal && target != this) {
      throw Transitions.illegal("service", code(), target.code().replace('_', ' '));
    }
    return target;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static ServiceStatus fromCode(String code) {
    for (ServiceStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("must be planned, in_progress, completed or cancelled");
  }
}
