package org.haven.bench;

/** Entry point of {@code bin/haven bench}. */
public final class BenchCommand {
  public static void main(String[] args) {
    System.err.println("bench: not built yet");
    System.exit(2);
  }
}
