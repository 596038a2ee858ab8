package org.haven.cases;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for cases created in bulk, in the layout of UUID version 7: the time in milliseconds first, then
 * random bits. Consecutive ids sort next to each other, so a bulk import appends to the end of every
 * index keyed by the case id instead of touching pages all over it (on H2, whose B-trees pay dearly
 * for random keys, this is most of an import's time). They are as unique and as unguessable in their
 * 74 random bits as any id the API accepts.
 */
final class TimeOrderedIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  static UUID next() {
    long millis = System.currentTimeMillis();
    long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
    long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
