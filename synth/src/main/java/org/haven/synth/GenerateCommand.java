package org.haven.synth;

import java.nio.file.Path;

/** Entry point of {@code bin/haven generate}. */
public final class GenerateCommand {
  static final String USAGE = """
      usage: bin/haven generate --children N --requests M --out DIR [--seed S]
                            [--noise X] [--traceable P] [--mix K] [--variety V]

      Writes synthetic benchmark data in the matching interchange format into DIR:
        children.csv      N registrations of children (some children registered several times)
        requests.csv      M tracing requests (about 80% concern a registered child)
        truth_link.csv    request_id,record_id: every registration of the child a request is about
        truth_dedupe.csv  record_id_a,record_id_b: every pair of registrations of the same child
      The same seed (default 1) gives byte-identical files.
      Variations, to check a matcher on data it was not tuned on:
        --noise X      multiply the typing-error rate of every field by X (default 1)
        --traceable P  share of tracing requests about a registered child (default 0.8)
        --mix K        reweight the nationalities' shares by factors in [1/4, 4] drawn from K (default 0: as shipped)
        --variety V    multiply by V in [0, 1] the chance that a description departs from the plainest way of
                       writing the child down: other scripts, name structures, spellings, nicknames, name order,
                       birth dates recorded as a year or an age (default 1; typing errors follow --noise)
      Link with:   bin/haven match link --left DIR/requests.csv --right DIR/children.csv --out OUT.csv
      Dedupe with: bin/haven match dedupe --input DIR/children.csv --out OUT.csv
      """;

  private GenerateCommand() {}

  public static void main(String[] args) {
    Integer children = null;
    Integer requests = null;
    Path out = null;
    long seed = 1;
    double noise = 1.0;
    double traceable = SyntheticDataset.TRACEABLE_SHARE;
    long mix = 0;
    double variety = 1.0;
    Variation variation;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--children" -> children = Integer.parseInt(args[++i]);
          case "--requests" -> requests = Integer.parseInt(args[++i]);
          case "--out" -> out = Path.of(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--noise" -> noise = Double.parseDouble(args[++i]);
          case "--traceable" -> traceable = Double.parseDouble(args[++i]);
          case "--mix" -> mix = Long.parseLong(args[++i]);
          case "--variety" -> variety = Double.parseDouble(args[++i]);
          case "-h", "--help" -> { System.out.print(USAGE); return; }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (children == null || requests == null || out == null) throw new IllegalArgumentException("missing option");
      if (children < 0 || requests < 0) throw new IllegalArgumentException("counts must not be negative");
      variation = new Variation(noise, traceable, mix, variety);
    } catch (RuntimeException e) {
      System.err.println("generate: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    try {
      long start = System.nanoTime();
      SyntheticDataset.Summary s = new SyntheticDataset(seed, variation).write(children, requests, out);
      System.err.printf("generate: %d registrations, %d tracing requests (%d about registered children), "
              + "%d truth links, %d duplicate pairs in %s (%.1f s)%n", s.children(), s.requests(),
          s.traceableRequests(), s.truthLinks(), s.truthDuplicates(), out, (System.nanoTime() - start) / 1e9);
    } catch (Exception e) {
      System.err.println("generate: failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }
}
