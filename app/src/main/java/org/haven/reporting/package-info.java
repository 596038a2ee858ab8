/**
 * Reports for governments and the global compacts: indicators and aggregate tables (caseload by status,
 * sex, age band, protection and displacement status, risk level, nationality, place; protection concerns,
 * separation causes, case durations; tracing and reunifications; trafficking and exploitation flags,
 * services, referrals, durable solutions, decided BIDs, overdue work), computed from the module's own read
 * model of non-identifying facts, which the events of the cases, tracing, assessment, casework and best
 * interests modules keep current. Every aggregate passes disclosure control
 * whoever asks; exports as CSV with HXL hashtags, XLSX and PDF. Case-level exports, for the roles allowed to
 * make them, are encrypted with the user's password and audited. The root package is the module's API;
 * {@code facts}, {@code tables}, {@code disclosure}, {@code exports} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.haven.reporting;
