package org.haven.matching.normalize;

import java.util.Locale;

/** Sex as a small code: 0 unknown (also "other", which says nothing about agreement), 1 female, 2 male. */
public final class Sex {
  public static final byte UNKNOWN = 0;
  public static final byte FEMALE = 1;
  public static final byte MALE = 2;

  private Sex() {}

  /**
   * @throws IllegalArgumentException for values outside the contract
   */
  public static byte parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "female", "f" -> FEMALE;
      case "male", "m" -> MALE;
      case "other", "unknown", "u", "o" -> UNKNOWN;
      default -> throw new IllegalArgumentException(
          "cannot read '" + text + "' as female, male, other, unknown, f or m");
    };
  }
}
