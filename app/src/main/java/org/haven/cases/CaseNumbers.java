package org.haven.cases;

/**
 * Short case numbers people can read out over a phone: a prefix and the sequence number in Crockford's
 * base 32, which has no I, L, O or U to be misheard or misread.
 */
final class CaseNumbers {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private CaseNumbers() {}

  static String format(long sequence) {
    StringBuilder digits = new StringBuilder();
    long n = sequence;
    do {
      digits.append(ALPHABET.charAt((int) (n % 32)));
      n /= 32;
    } while (n > 0);
    while (digits.length() < 5) {
      digits.append('0');
    }
    return "C-" + digits.reverse();
  }
}
