package org.haven.cases.domain;

/** A relative or caregiver as the child or informant describes them. {@code alive}: yes, no or unknown. */
public record FamilyMember(String relationship, String name, String alive, Boolean isCaregiver, Integer ageYears,
    String location) {}
