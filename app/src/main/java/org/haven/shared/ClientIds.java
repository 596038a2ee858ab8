package org.haven.shared;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The record id a client chose and sent as {@code id}, so that offline devices create records and a
 * repeated request creates nothing new.
 */
public final class ClientIds {
  private ClientIds() {}

  /** The body's {@code id}, or null when it has none; a value that is not a UUID is a field error. */
  public static UUID from(JsonNode body) {
    JsonNode id = body == null ? null : body.get("id");
    if (id == null || id.isNull()) {
      return null;
    }
    try {
      return UUID.fromString(id.asString());
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("id", "must be a UUID");
    }
  }
}
