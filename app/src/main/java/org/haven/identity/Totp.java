package org.haven.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226): HMAC-SHA1 of the number of 30-second
 * steps since the epoch, truncated to six digits, which is what authenticator apps produce by default.
 * Secrets are shown to people in Base32 (RFC 4648), as those apps expect them typed.
 */
public final class Totp {
  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /** The HOTP value of {@code counter} with {@code digits} digits, zero-padded. */
  public static String hotp(byte[] secret, long counter, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      int code = binary % (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", code);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  public static long step(long epochSeconds) {
    return Math.floorDiv(epochSeconds, STEP_SECONDS);
  }

  /**
   * The step whose code {@code code} is, within one step either side of {@code step} (clocks of phones
   * drift), or -1. The comparison takes the same time whatever the code.
   */
  public static long matchingStep(byte[] secret, String code, long step) {
    if (code == null) {
      return -1;
    }
    String typed = code.replaceAll("\\s", "");
    if (typed.length() != DIGITS) {
      return -1;
    }
    long found = -1;
    for (long s = step - 1; s <= step + 1; s++) {
      if (java.security.MessageDigest.isEqual(hotp(secret, s, DIGITS).getBytes(), typed.getBytes())) {
        found = s;
      }
    }
    return found;
  }

  public static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  public static byte[] fromBase32(String text) {
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not Base32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }
}
