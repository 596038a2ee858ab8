package org.haven.cases.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, as dates of birth and separation often are. Stored and
 * exchanged as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record PartialDate(int year, Integer month, Integer day) {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range");
    }
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day");
      }
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is an IllegalArgumentException. */
  @JsonCreator
  public static PartialDate parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)),
        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The earliest day the date can stand for. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The latest day the date can stand for. */
  public LocalDate latest() {
    if (day != null) {
      return LocalDate.of(year, month, day);
    }
    return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  @JsonValue
  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
