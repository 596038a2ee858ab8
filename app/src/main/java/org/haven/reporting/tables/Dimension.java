package org.haven.reporting.tables;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A way to break a count down: how to read its category from a fact row (a SQL expression, given the day
 * the table is as of), the categories always shown (so that empty ones show as 0 rather than vanish;
 * empty for categories taken from the data), whether a row can be in several categories at once (then
 * nothing is summed across it), and its HXL tagging: the hashtag of a column naming the category, and the
 * attribute a count column gets for it.
 */
public record Dimension(String key, IntFunction<String> sql, List<String> categories, boolean multiValued,
    String hxlTag, UnaryOperator<String> hxlAttribute) {

  public static final String UNKNOWN = "unknown";
  /** The key of the dimension that rolls places up to an admin level; its SQL gives the location id. */
  public static final String LOCATION = "location";

  public String sqlAsOf(int referenceDay) {
    return sql.apply(referenceDay);
  }

  public boolean isLocation() {
    return key.equals(LOCATION);
  }

  /** A dimension read from one column; a missing value counts as unknown. */
  static Dimension column(String key, String column, List<String> categories, String hxlTag) {
    return new Dimension(key, day -> "coalesce(" + column + ", '" + UNKNOWN + "')", categories, false, hxlTag,
        Dimension::attribute);
  }

  /** A HXL attribute from a category code: lower case letters, digits and underscores, starting with a letter. */
  static String attribute(String code) {
    String a = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return "+" + (a.isEmpty() || !Character.isLetter(a.charAt(0)) ? "c_" + a : a);
  }

  /** Bands of a whole number of years or days: {@code bounds} are the first value of each band after the first. */
  static String bands(String expression, int[] bounds, List<String> names) {
    StringBuilder s = new StringBuilder("case when ").append(expression).append(" is null then '")
        .append(UNKNOWN).append("'");
    for (int i = 0; i < bounds.length; i++) {
      s.append(" when ").append(expression).append(" < ").append(bounds[i]).append(" then '").append(names.get(i))
          .append("'");
    }
    return s.append(" else '").append(names.get(names.size() - 1)).append("' end").toString();
  }
}
