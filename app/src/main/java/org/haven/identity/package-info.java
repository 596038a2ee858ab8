/**
 * Who may do what. Agencies with their type, users with a role and a record scope, login and API
 * tokens, and the one {@link org.haven.identity.AccessPolicy} that every module asks before it reads or
 * writes a record. The root package is the module's API; {@code persistence}, {@code web} and
 * {@code security} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.haven.identity;
