package org.haven.bestinterests.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values as the API spells them: lower case with underscores. */
public final class Codes {
  private Codes() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The value with this code; an IllegalArgumentException naming the allowed codes otherwise. */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("must be one of " + list(type));
  }

  public static <E extends Enum<E>> String list(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
  }
}
