/**
 * The append-only, hash-chained log of every read, write and denied attempt on a child's record, and
 * the field-level history of every record. Other modules call {@link org.haven.audit.AuditLog} and
 * {@link org.haven.audit.RecordHistory} inside their own transactions, so that a change and its audit
 * trail commit together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.haven.audit;
