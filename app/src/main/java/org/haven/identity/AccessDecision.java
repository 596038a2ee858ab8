package org.haven.identity;

/** The policy's answer and the rule behind it. The reason names rules, never record content. */
public record AccessDecision(boolean allowed, String reason) {
  static AccessDecision allow(String reason) {
    return new AccessDecision(true, reason);
  }

  static AccessDecision deny(String reason) {
    return new AccessDecision(false, reason);
  }
}
