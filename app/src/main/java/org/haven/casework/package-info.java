/**
 * Casework on a child's case after registration, following the inter-agency case management steps:
 * tasks with deadlines (response times by risk level, follow-up cadences), the case plan with goals and
 * actions, services, referrals to other agencies (checked against consent; the recipient reads only what
 * the referral grants, while it is active), follow-ups, case conferences, transfers, closure and
 * reopening, the supervisors' approval queue, and notifications (in the app; by e-mail as well when an
 * SMTP server is configured). Reacts to the assessment, best-interests and tracing modules' events. The root package is
 * the module's API; {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.haven.casework;
