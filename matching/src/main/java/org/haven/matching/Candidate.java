package org.haven.matching;

/**
 * One description that may be the same child as the one asked about.
 *
 * @param recordId id of the indexed description
 * @param probability calibrated probability, in [0, 1], that both describe the same child
 * @param decision what to do with the pair
 * @param explanation evidence per field in bits, e.g. {@code given_name:+5.2 family_name:+3.1 date_of_birth:-2.0}
 */
public record Candidate(String recordId, double probability, Decision decision, String explanation) {}
