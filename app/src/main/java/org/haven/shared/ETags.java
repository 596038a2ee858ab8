package org.haven.shared;

/** Strong ETags carry the record version, so If-Match maps directly onto optimistic locking. */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version named by an If-Match header; a missing header is a {@link VersionRequiredException}. */
  public static long versionFrom(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new VersionRequiredException();
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of("If-Match", "is not an ETag this server issued");
    }
  }
}
