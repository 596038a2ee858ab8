/**
 * The UNHCR Best Interests Procedure for a child: best-interests assessments (short and comprehensive,
 * with the child's views), best-interests determinations with a report, the supervisor's review, a panel
 * that votes, the decision with its reasons and dissent, its communication to the child, review and
 * reopening; and durable solutions, whose implementation waits for the procedure the rules require. The
 * rules are explicit in {@code domain} ({@code BestInterestsRules}); a pending BID gates nothing else.
 * The root package is the module's API; {@code domain}, {@code persistence} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Best interests")
package org.haven.bestinterests;
