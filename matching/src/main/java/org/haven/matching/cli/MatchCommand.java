package org.haven.matching.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.haven.matching.Description;
import org.haven.matching.Knowledge;
import org.haven.matching.Linker;

/**
 * Entry point of {@code bin/haven match}:
 * <pre>
 *   match link --left LEFT.csv --right RIGHT.csv --out OUT.csv [--knowledge DIR]
 *   match dedupe --input FILE.csv --out OUT.csv [--knowledge DIR]
 * </pre>
 * Optional tuning: {@code --match-threshold P}, {@code --match-error-rate R} (link only; with a match threshold
 * given and no rate, the threshold alone decides), {@code --review-threshold P}, {@code --max-rows N},
 * {@code --average-rows N} (link only), {@code --candidates N}, {@code --threads N}.
 */
public final class MatchCommand {
  private static final String USAGE = """
      usage: match link --left LEFT.csv --right RIGHT.csv --out OUT.csv [--knowledge DIR]
             match dedupe --input FILE.csv --out OUT.csv [--knowledge DIR]
      options: --match-threshold P  --match-error-rate R  --review-threshold P  --max-rows N
               --average-rows N  --candidates N  --threads N""";

  private final PrintStream err;

  MatchCommand(PrintStream err) {
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new MatchCommand(System.err).run(args));
  }

  private static final Set<String> LINK_OPTIONS = Set.of("left", "right", "out", "knowledge", "match-threshold",
      "match-error-rate", "review-threshold", "max-rows", "average-rows", "candidates", "threads");
  private static final Set<String> DEDUPE_OPTIONS = Set.of("input", "out", "knowledge", "match-threshold",
      "review-threshold", "max-rows", "candidates", "threads");

  /** Runs the command and returns the process exit code: 0 done, 1 bad input, 2 bad usage. */
  int run(String[] args) {
    long start = System.nanoTime();
    if (args.length == 0 || !(args[0].equals("link") || args[0].equals("dedupe"))) {
      err.println(USAGE);
      return 2;
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("match: unexpected argument '" + args[i] + "'\n" + USAGE);
        return 2;
      }
      options.put(args[i].substring(2), args[++i]);
    }
    boolean link = args[0].equals("link");
    for (String name : options.keySet()) {
      if (!(link ? LINK_OPTIONS : DEDUPE_OPTIONS).contains(name)) {
        // A misspelt option silently ignored would run with a default the user meant to change.
        err.println("match: unknown option --" + name + " for " + args[0] + "\n" + USAGE);
        return 2;
      }
    }
    List<String> required = link ? List.of("left", "right", "out") : List.of("input", "out");
    for (String r : required) {
      if (!options.containsKey(r)) {
        err.println("match: missing --" + r + "\n" + USAGE);
        return 2;
      }
    }
    Linker.Settings settings;
    try {
      settings = settings(link, options);
    } catch (IllegalArgumentException e) {
      err.println("match: bad option value: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    try {
      Knowledge knowledge = options.containsKey("knowledge")
          ? Knowledge.withExtra(Path.of(options.get("knowledge"))) : Knowledge.defaults();
      Linker linker = new Linker(knowledge, settings, m -> err.println("match: " + m));
      Linker.Result result;
      if (link) {
        List<Description> left = readLogged(Path.of(options.get("left")));
        List<Description> right = readLogged(Path.of(options.get("right")));
        result = linker.link(left, right);
      } else {
        result = linker.dedupe(readLogged(Path.of(options.get("input"))));
      }
      Path out = Path.of(options.get("out"));
      PairWriter.write(out, result.pairs());
      long matches = result.pairs().stream().filter(p -> p.decision() == org.haven.matching.Decision.MATCH).count();
      err.println(String.format(Locale.ROOT,
          "match: done: %d records, %d candidate pairs compared, %d pairs written (%d match, %d review) to %s,"
              + " wall time %.1f s",
          result.records(), result.comparedPairs(), result.pairs().size(), matches, result.pairs().size() - matches,
          out, (System.nanoTime() - start) / 1e9));
      return 0;
    } catch (BadInputException e) {
      err.println("match: " + e.getMessage());
      return 1;
    } catch (java.io.IOException | RuntimeException e) {
      err.println("match: failed: " + e);
      return 1;
    }
  }

  private List<Description> readLogged(Path file) throws BadInputException {
    long t = System.nanoTime();
    List<Description> d = DescriptionReader.read(file);
    err.println(String.format(Locale.ROOT, "match: read %d records from %s (%.1f s)", d.size(), file,
        (System.nanoTime() - t) / 1e9));
    return d;
  }

  private static Linker.Settings settings(boolean link, Map<String, String> o) {
    Linker.Settings d = link ? Linker.Settings.linkDefaults() : Linker.Settings.dedupeDefaults();
    return new Linker.Settings(
        Double.parseDouble(o.getOrDefault("match-threshold", String.valueOf(d.matchThreshold()))),
        // A threshold given by hand is the threshold: pairs below it are matches only if a rate is given too.
        Double.parseDouble(o.getOrDefault("match-error-rate",
            String.valueOf(o.containsKey("match-threshold") ? 0 : d.matchErrorRate()))),
        Double.parseDouble(o.getOrDefault("review-threshold", String.valueOf(d.reviewThreshold()))),
        Integer.parseInt(o.getOrDefault("max-rows", String.valueOf(d.maxRowsPerLeft()))),
        Double.parseDouble(o.getOrDefault("average-rows", String.valueOf(d.averageRowsPerLeft()))),
        Integer.parseInt(o.getOrDefault("candidates", String.valueOf(d.candidatesPerQuery()))),
        Integer.parseInt(o.getOrDefault("threads", String.valueOf(d.threads()))));
  }
}
