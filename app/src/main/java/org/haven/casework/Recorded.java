package org.haven.casework;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.haven.shared.ConflictException;

/**
 * A record created now, or the one a repeated request with the same client-chosen id created before (an
 * offline device syncing twice): the API answers 201 for the first, 200 for the repeat.
 */
public record Recorded<T>(T value, boolean created) {

  /**
   * The record stored before under the client's id, when there is one and it belongs to the same case;
   * an id taken by another case's record is a conflict, never a way to reach it.
   */
  static <T> Optional<Recorded<T>> repeat(UUID clientId, UUID caseId, Function<UUID, Optional<T>> find,
      Function<T, UUID> caseOf) {
    if (clientId == null) {
      return Optional.empty();
    }
    return find.apply(clientId).map(existing -> {
      if (!caseId.equals(caseOf.apply(existing))) {
        throw new ConflictException("a record with this id exists already");
      }
      return new Recorded<>(existing, false);
    });
  }
}
