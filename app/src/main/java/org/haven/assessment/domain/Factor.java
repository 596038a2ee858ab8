package org.haven.assessment.domain;

import java.util.Map;

/**
 * A risk or protective factor of the catalogue. {@code weight} (1 to 3) is how much it moves the score;
 * a {@code critical} risk factor (an immediate threat to life or safety) makes the risk high on its own.
 */
public record Factor(String code, Level level, String domain, Polarity polarity, int weight, boolean critical,
    Map<String, String> labels) {

  public enum Polarity { RISK, PROTECTIVE }
}
