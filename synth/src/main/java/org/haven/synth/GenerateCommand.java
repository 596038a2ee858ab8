package org.haven.synth;

/** Entry point of {@code bin/haven generate}. */
public final class GenerateCommand {
  public static void main(String[] args) {
    System.err.println("generate: not built yet");
    System.exit(2);
  }
}
