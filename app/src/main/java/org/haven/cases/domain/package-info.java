/**
 * The case as a value: what other modules may read of a child's case (through the cases module's use
 * cases, which check access and audit), never store or change on their own.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.haven.cases.domain;
