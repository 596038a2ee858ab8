/**
 * The child's case: identity (names in the original script and in Latin), date of birth with its
 * precision, family, care arrangements over time, the journey, protection concerns, consent, owner and
 * agency. Registration (idempotent by client id), reading, editing with optimistic concurrency, search
 * and the duplicate check; every read and write passes the access policy and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.haven.cases;
