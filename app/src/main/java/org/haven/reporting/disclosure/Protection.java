package org.haven.reporting.disclosure;

/**
 * A table after disclosure control: for each cell of its {@link CellTable}, whether it is suppressed and the
 * value to publish otherwise; how many cells were suppressed as small, withheld as sensitive, or suppressed
 * to protect others.
 */
public record Protection(boolean[] suppressed, long[] published, int primary, int withheld, int complementary) {

  public boolean isSuppressed(int cell) {
    return suppressed[cell];
  }

  /** The published value, or null where suppressed. */
  public Long valueOf(int cell) {
    return suppressed[cell] ? null : published[cell];
  }
}
