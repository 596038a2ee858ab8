package org.haven.audit;

import org.haven.identity.IdentityEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records logins, refusals and administration done in the identity module. */
@Component
class IdentityAuditing {
  private final AuditLog log;

  IdentityAuditing(AuditLog log) {
    this.log = log;
  }

  @EventListener
  void on(IdentityEvents.AgencyCreated e) {
    log.allowed(AuditEntry.of(e.byUserId(), null, "agency.create", "agency", e.agencyId(), null));
  }

  @EventListener
  void on(IdentityEvents.UserCreated e) {
    log.allowed(AuditEntry.of(e.byUserId(), e.agencyId(), "user.create", "user", e.userId(), null));
  }

  @EventListener
  void on(IdentityEvents.UserChanged e) {
    log.allowed(AuditEntry.of(e.byUserId(), e.agencyId(), "user.change", "user", e.userId(), e.summary()));
  }

  @EventListener
  void on(IdentityEvents.LoginSucceeded e) {
    log.allowed(AuditEntry.of(e.userId(), null, "login", "user", e.userId(), null));
  }

  @EventListener
  void on(IdentityEvents.LoginFailed e) {
    log.denied(AuditEntry.of(e.userId(), null, "login", "user", e.userId(), e.reason()));
  }

  @EventListener
  void on(IdentityEvents.SecondFactorEnrolled e) {
    log.allowed(AuditEntry.of(e.userId(), null, "second_factor.enrol", "user", e.userId(), null));
  }

  @EventListener
  void on(IdentityEvents.SecondFactorChecked e) {
    AuditEntry entry = AuditEntry.of(e.userId(), null, "login.second_factor", "user", e.userId(),
        e.passed() ? null : "wrong code");
    if (e.passed()) {
      log.allowed(entry);
    } else {
      log.denied(entry);
    }
  }

  @EventListener
  void on(IdentityEvents.AccessDenied e) {
    log.denied(AuditEntry.of(e.userId(), null, e.action().toLowerCase(), null, null, e.reason()));
  }
}
