/**
 * The web pages caseworkers use in the field: server-rendered with Thymeleaf, enhanced with htmx, and
 * complete without JavaScript. Login with an optional second factor, dashboard, case list and search, the
 * registration wizard with its duplicate warning, the case page built from {@link org.haven.web.CaseSection}s
 * (the extension point for other modules' parts of a case), tracing requests and the side-by-side review
 * of matches, the casework and best-interests pages of a case, "My work", the supervisors' approval
 * queue, workload and the administrators' pages. Pages show only what the use cases of the other
 * modules return, so the access policy and the audit apply to them as to the API. English, French, Arabic
 * (right to left) and Spanish; see docs/adr/0006-web-interface.md and 0010.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web interface")
package org.haven.web;
