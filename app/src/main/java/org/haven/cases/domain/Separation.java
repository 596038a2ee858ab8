package org.haven.cases.domain;

/** When, where and why the child was separated from their family, as far as known. */
public record Separation(PartialDate date, String place, String cause) {}
