package org.haven.casework.domain;

/**
 * A referral is in progress until the recipient accepts or rejects it, or the referring agency revokes it;
 * an accepted referral is done once the service is delivered, or revoked. While in progress or accepted
 * it is active: the recipient agency reads the parts of the case it grants.
 */
public enum ReferralStatus {
  IN_PROGRESS, ACCEPTED, REJECTED, REVOKED, DONE;

  public ReferralStatus accept() {
    return to(ACCEPTED, this == IN_PROGRESS, "accepted");
  }

  public ReferralStatus reject() {
    return to(REJECTED, this == IN_PROGRESS, "rejected");
  }

  public ReferralStatus revoke() {
    return to(REVOKED, this == IN_PROGRESS || this == ACCEPTED, "revoked");
  }

  public ReferralStatus complete() {
    return to(DONE, this == ACCEPTED, "done");
  }

  public boolean active() {
    return this == IN_PROGRESS || this == ACCEPTED;
  }

  private ReferralStatus to(ReferralStatus target, boolean legal, String word) {
    if (!legal) {
      throw Transitions.illegal("referral", code(), word);
    }
    return target;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static ReferralStatus fromCode(String code) {
    return valueOf(code.toUpperCase());
  }
}
