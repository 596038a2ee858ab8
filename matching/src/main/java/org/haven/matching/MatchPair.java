package org.haven.matching;

/**
 * One output row of a batch link or dedupe run.
 *
 * @param leftId record id on the left side (or the first record of a duplicate pair)
 * @param rightId record id on the right side (or the second record of a duplicate pair)
 * @param probability calibrated probability that both describe the same child
 * @param decision {@link Decision#MATCH} or {@link Decision#REVIEW}
 * @param explanation evidence per field in bits
 */
public record MatchPair(String leftId, String rightId, double probability, Decision decision,
    String explanation) {}
