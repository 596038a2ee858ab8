package org.haven.synth;

import java.util.Arrays;

/**
 * How many families, children per family and registrations per child make up exactly the requested number of
 * registrations. Drawn before generation so that the children tracing requests are about can be chosen by
 * sequential sampling while the data stream out.
 */
final class GenerationPlan {
  private static final long SALT = 3;
  /** Registered siblings per family: 1..5. */
  private static final int[] FAMILY_SIZE = {50, 28, 14, 6, 2};
  /** Registrations per child along the route: 1..4. */
  private static final int[] REGISTRATIONS = {76, 18, 5, 1};

  private int[] familyFirstChild = new int[1024];
  private byte[] registrations = new byte[1024];
  private int families;
  private int children;

  static GenerationPlan forRegistrations(long seed, int rows) {
    GenerationPlan p = new GenerationPlan();
    Dice dice = new Dice(Dice.derive(seed, 0, SALT));
    int total = 0;
    while (total < rows) {
      p.startFamily();
      int size = 1 + dice.weighted(FAMILY_SIZE);
      for (int k = 0; k < size && total < rows; k++) {
        int regs = Math.min(1 + dice.weighted(REGISTRATIONS), rows - total);
        p.addChild(regs);
        total += regs;
      }
    }
    return p;
  }

  private void startFamily() {
    if (families + 1 >= familyFirstChild.length) familyFirstChild = Arrays.copyOf(familyFirstChild, families * 2 + 2);
    familyFirstChild[families++] = children;
    familyFirstChild[families] = children;
  }

  private void addChild(int regs) {
    if (children == registrations.length) registrations = Arrays.copyOf(registrations, children * 2);
    registrations[children++] = (byte) regs;
    familyFirstChild[families] = children;
  }

  int families() {
    return families;
  }

  int children() {
    return children;
  }

  int firstChild(int family) {
    return familyFirstChild[family];
  }

  int familySize(int family) {
    return familyFirstChild[family + 1] - familyFirstChild[family];
  }

  int registrations(int child) {
    return registrations[child];
  }
}
