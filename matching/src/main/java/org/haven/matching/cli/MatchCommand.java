package org.haven.matching.cli;

/** Entry point of {@code bin/haven match}. */
public final class MatchCommand {
  public static void main(String[] args) {
    System.err.println("match: not built yet");
    System.exit(2);
  }
}
