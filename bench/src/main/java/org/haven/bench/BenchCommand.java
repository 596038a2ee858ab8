package org.haven.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.haven.bench.matching.IndexBench;
import org.haven.bench.matching.MatchingBench;

/** Entry point of {@code bin/haven bench SUBCOMMAND [options]}; each benchmark lives in its own class. */
public final class BenchCommand {
  private static final Map<String, Function<String[], Integer>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("matching", MatchingBench::run);
    SUBCOMMANDS.put("index", IndexBench::run);
    SUBCOMMANDS.put("registry", RegistryBench::run);
    SUBCOMMANDS.put("reports", ReportsBench::run);
  }

  private BenchCommand() {}

  public static void main(String[] args) {
    Function<String[], Integer> sub = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (sub == null) {
      System.err.println("usage: bin/haven bench " + String.join("|", SUBCOMMANDS.keySet()) + " [options]"
          + " (--help for the options of each)");
      System.exit(2);
      return;
    }
    System.exit(sub.apply(Arrays.copyOfRange(args, 1, args.length)));
  }
}
