package org.haven.matching.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as precise as it was known: a whole day, a month, a year, or a range estimated from an age.
 * Registrations often write an unknown day and month as 1 January, so that date is read as "some time that
 * year", keeping the day only for the rare exact-equality check.
 *
 * @param center best guess, in epoch days
 * @param halfWidth half the width of the interval the true date lies in, in days
 * @param exactDay true only for a full date that is not 1 January
 * @param year calendar year of the center
 * @param month month as written, 0 when unknown
 * @param day day as written, 0 when unknown
 * @param fromAge estimated from an age rather than written as a date
 */
public record FuzzyDate(double center, double halfWidth, boolean exactDay, int year, int month, int day,
    boolean fromAge) {
  /** Days in a year, on average over leap years. */
  public static final double YEAR = 365.25;

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @return the date, or {@code null} when empty
   * @throws IllegalArgumentException when the text is not one of these forms
   */
  public static FuzzyDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    try {
      if (t.length() == 4) {
        int y = Integer.parseInt(t);
        return ofYear(y);
      }
      if (t.length() == 7 && t.charAt(4) == '-') {
        int y = Integer.parseInt(t.substring(0, 4));
        int m = Integer.parseInt(t.substring(5, 7));
        LocalDate first = LocalDate.of(y, m, 1);
        double center = first.toEpochDay() + first.lengthOfMonth() / 2.0;
        return new FuzzyDate(center, first.lengthOfMonth() / 2.0, false, y, m, 0, false);
      }
      if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        LocalDate d = LocalDate.parse(t);
        if (d.getMonthValue() == 1 && d.getDayOfMonth() == 1) {
          FuzzyDate y = ofYear(d.getYear());
          return new FuzzyDate(y.center, y.halfWidth, false, d.getYear(), 1, 1, false);
        }
        return new FuzzyDate(d.toEpochDay(), 0, true, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
      }
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalArgumentException("cannot read '" + text + "' as YYYY, YYYY-MM or YYYY-MM-DD");
    }
    throw new IllegalArgumentException("cannot read '" + text + "' as YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /** Reads a whole day ({@code YYYY-MM-DD}), or returns {@code null} when empty. */
  public static LocalDate parseDay(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("cannot read '" + text + "' as YYYY-MM-DD");
    }
  }

  /** Birth date estimated from an age in completed years at a known date. */
  public static FuzzyDate fromAge(double ageYears, LocalDate recordedOn) {
    double center = recordedOn.toEpochDay() - (Math.floor(ageYears) + 0.5) * YEAR;
    int year = LocalDate.ofEpochDay((long) center).getYear();
    return new FuzzyDate(center, 0.5 * YEAR, false, year, 0, 0, true);
  }

  private static FuzzyDate ofYear(int y) {
    LocalDate first = LocalDate.of(y, 1, 1);
    return new FuzzyDate(first.toEpochDay() + YEAR / 2, YEAR / 2, false, y, 0, 0, false);
  }

  /**
   * Distance in years between two dates beyond what their imprecision explains: 0 for the same year when
   * one of them is only a year, 1 for adjacent years, and so on.
   */
  public double slackYears(FuzzyDate o) {
    return slackDays(o) / YEAR;
  }

  /** Distance in days between two dates beyond what their imprecision explains. */
  public double slackDays(FuzzyDate o) {
    return Math.max(0, Math.abs(center - o.center) - 0.5 * (halfWidth + o.halfWidth));
  }

  /**
   * Known to the month on one side (written {@code YYYY-MM}) and falling in that month on the other: a
   * parent who remembers the month of birth, not the day. A 1 January stands for the year, not the month.
   */
  public boolean sameMonth(FuzzyDate o) {
    boolean toTheMonth = toTheMonth() || o.toTheMonth();
    boolean bothKnowTheMonth = (toTheMonth() || exactDay) && (o.toTheMonth() || o.exactDay);
    return toTheMonth && bothKnowTheMonth && year == o.year && month == o.month;
  }

  /** Known only to the year: written so, or as 1 January. */
  public boolean toTheYear() {
    return !fromAge && !exactDay && !toTheMonth();
  }

  private boolean toTheMonth() {
    return month > 0 && day == 0;
  }

  /** Same day, or day and month swapped (a common keying error on forms). */
  public boolean sameOrSwappedDay(FuzzyDate o) {
    if (!exactDay || !o.exactDay || year != o.year) {
      return false;
    }
    return (month == o.month && day == o.day) || (month == o.day && day == o.month);
  }
}
