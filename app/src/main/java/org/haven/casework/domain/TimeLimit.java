package org.haven.casework.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response time or follow-up cadence as configured: {@code 24h}, {@code 72h}, {@code 30m} are elapsed
 * time, exactly that many hours or minutes whatever the clocks do; {@code 7d}, {@code 1w} are calendar
 * days in the deployment's time zone, so that a week from Friday 10:00 is the next Friday 10:00 local
 * time even when daylight saving time starts or ends between them.
 */
public record TimeLimit(long amount, Unit unit) {
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*([mhdw])");

  public enum Unit { MINUTES, HOURS, DAYS, WEEKS }

  public static TimeLimit parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toLowerCase());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException("a time limit is a positive number and m, h, d or w, e.g. 24h or 7d: "
          + text);
    }
    Unit unit = switch (m.group(2)) {
      case "m" -> Unit.MINUTES;
      case "h" -> Unit.HOURS;
      case "d" -> Unit.DAYS;
      default -> Unit.WEEKS;
    };
    return new TimeLimit(Long.parseLong(m.group(1)), unit);
  }

  /** The moment this limit after {@code from} falls, counting calendar days in {@code zone}. */
  public Instant after(Instant from, ZoneId zone) {
    return switch (unit) {
      case MINUTES -> from.plus(Duration.ofMinutes(amount));
      case HOURS -> from.plus(Duration.ofHours(amount));
      case DAYS -> from.atZone(zone).plusDays(amount).toInstant();
      case WEEKS -> from.atZone(zone).plusWeeks(amount).toInstant();
    };
  }

  @Override
  public String toString() {
    return amount + switch (unit) {
      case MINUTES -> "m";
      case HOURS -> "h";
      case DAYS -> "d";
      case WEEKS -> "w";
    };
  }
}
