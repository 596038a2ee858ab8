package org.haven.synth;

/**
 * Record identifiers that reveal nothing: a seeded bijection of the sequence number, so that duplicate
 * registrations of a child do not get neighbouring identifiers.
 */
final class RecordIds {
  private final int salt;
  private final String prefix;

  RecordIds(long seed, String prefix) {
    this.salt = (int) Dice.mix(seed ^ prefix.hashCode());
    this.prefix = prefix;
  }

  String id(int sequence) {
    int x = sequence ^ salt;
    x ^= x >>> 16;
    x *= 0x7feb352d;
    x ^= x >>> 15;
    x *= 0x846ca68b;
    x ^= x >>> 16;
    String hex = Integer.toHexString(x);
    return prefix + "00000000".substring(hex.length()) + hex;
  }
}
