package org.haven.reporting.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How published counts are rounded after suppression. {@code NONE} publishes them as they are;
 * {@code FIXED} rounds each to the nearest multiple of the base (halves up); {@code RANDOM} rounds each up or
 * down to a multiple of the base with a probability proportional to its distance (unbiased), drawn from a
 * hash of the cell and its value rather than a random generator, so that asking again gives the same
 * figure and averaging repeated answers reveals nothing. Totals are rounded on their own, so rounded cells
 * need not add up to the rounded total.
 */
public enum Rounding {
  NONE, FIXED, RANDOM;

  public long apply(long value, int base, String cellKey) {
    if (this == NONE || base <= 1 || value % base == 0) {
      return value;
    }
    long down = value - value % base;
    return switch (this) {
      case FIXED -> value % base * 2 >= base ? down + base : down;
      case RANDOM -> draw(cellKey + "|" + value) < (double) (value % base) / base ? down + base : down;
      case NONE -> value;
    };
  }

  private static double draw(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 7; i++) {
        bits = bits << 8 | (hash[i] & 0xff);
      }
      return (double) bits / (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String code() {
    return name().toLowerCase();
  }
}
