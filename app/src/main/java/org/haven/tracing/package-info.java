/**
 * Family tracing: tracing requests from inquirers looking for a child, potential matches between
 * requests and cases kept current in the background as either side changes, their review (confirm or
 * reject, with a side-by-side comparison), and the review of likely duplicate registrations with merge
 * and undo; after a confirmed match, reunification: the verification checklist, the assessment, the
 * reunification and the follow-up visits. Only cases whose consent allows tracing are matched, and
 * nobody sees a match to a case outside their scope. The root package is the module's API;
 * {@code domain}, {@code persistence} and {@code web} are internal, except the values of a reunification
 * (named interface {@code reunification}) that the web pages pass to and receive from {@link Reunifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracing")
package org.haven.tracing;
