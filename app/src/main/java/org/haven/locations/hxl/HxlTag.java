package org.haven.locations.hxl;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One HXL hashtag with its attributes, e.g. {@code #adm1+name+i_fr}. HXL is case-insensitive and allows
 * spaces around the {@code +}, so both are normalised away.
 */
public record HxlTag(String hashtag, Set<String> attributes) {
  private static final Pattern TOKEN = Pattern.compile("[a-z][_0-9a-z]*");

  public HxlTag {
    attributes = Set.copyOf(attributes);
  }

  /** The tag of a hashtag-row cell; empty when the cell is not a well-formed HXL hashtag. */
  public static Optional<HxlTag> parse(String cell) {
    String text = cell.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    if (!text.startsWith("#")) {
      return Optional.empty();
    }
    String[] parts = text.substring(1).split("\\+", -1);
    Set<String> attributes = new LinkedHashSet<>();
    for (int i = 0; i < parts.length; i++) {
      if (!TOKEN.matcher(parts[i]).matches()) {
        return Optional.empty();
      }
      if (i > 0) {
        attributes.add(parts[i]);
      }
    }
    return Optional.of(new HxlTag(parts[0], attributes));
  }

  public boolean has(String attribute) {
    return attributes.contains(attribute);
  }

  /** The language of an {@code +i_xx} attribute, or null. */
  public String language() {
    return attributes.stream().filter(a -> a.startsWith("i_") && a.length() > 2).map(a -> a.substring(2))
        .findFirst().orElse(null);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("#").append(hashtag);
    attributes.forEach(a -> text.append('+').append(a));
    return text.toString();
  }
}
