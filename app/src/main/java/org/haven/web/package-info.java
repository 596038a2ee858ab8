/**
 * The web pages caseworkers use in the field: server-rendered with Thymeleaf, enhanced with htmx, and
 * complete without JavaScript. Login, dashboard, case list and search, the registration wizard with its
 * duplicate warning, the case page, the casework and best-interests pages of a case, "My work" and the
 * supervisors' approval queue. Pages show only what the use cases of the other modules return,
 * so the access policy and the audit apply to them as to the API. English, French, Arabic (right to
 * left) and Spanish; see docs/adr/0006-web-interface.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web interface")
package org.haven.web;
