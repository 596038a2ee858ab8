package org.haven.bestinterests.domain;

/** The procedure a decision needs, and the rule that says so in words a caseworker recognises. */
public record Requirement(Procedure procedure, String rule) {}
