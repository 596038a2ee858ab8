/**
 * The small kernel every module may use: the problem+json error vocabulary, the request size guard and
 * JSON helpers. Nothing here knows about children, users or records.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.haven.shared;
