package org.haven.bench.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Renders results as Markdown and keeps them in the "## Matching" section of a document, one subsection per size. */
final class MatchingReport {
  static final String SECTION = "## Matching";
  static final String INTRO = """
      ## Matching

      `bin/haven bench matching` generates synthetic registrations and tracing requests (`bin/haven generate`,
      module `synth`), runs each engine in a JVM of its own with the same heap, scores the output against the
      truth files and measures wall time, CPU time and peak resident memory (GNU `time -v`, else VmHWM).

      * **Engines.** *Haven*: `org.haven.matching.cli.MatchCommand` with its defaults. *Duke 1.2* (Maven Central,
        bench scope only): in-memory Lucene database, 100 search hits, fuzzy search off (about ten times slower),
        one property per field (Jaro-Winkler for
        given and family names and place, tokenised Jaro-Winkler for other names and parents' names, Levenshtein
        on the date of birth, exact sex and nationality), names folded to lower case without accents, sex
        abbreviations folded, every pair at or above 0.97 written as `match`, 0.93–0.97 as `review`, all matches
        per request kept (a child may be registered several times). The two thresholds were chosen on held-out
        data (seed 2, 20,000 × 2,000): 0.97 gave the best F1 of matches (0.285), 0.93 about three rows per
        request; with 100 search hits no threshold reached a pair recall above 0.49 there. *Primero*: its tracing matcher re-implemented from
        its code (full-text OR query with field boosts, Double Metaphone injected on names, top 20, scores divided
        by the best, `likely` → `match`, `possible` → `review`), link only.
      * **Pairs.** A true pair is (request, registration of the child the request is about); for deduplication,
        two registrations of the same child. Precision, recall and F1 are over `match` rows; *recall match+review*
        counts a true pair found with either decision; *requests found* is the share of traceable requests with at
        least one true registration among their rows; *untraceable auto-matched* is the share of requests about
        never-registered children that received a `match` (a false reunification lead).
      * **Blocking.** Pairs completeness of the Haven matcher through its public API: a true pair *shares a key*
        when `MatchIndex.blockingKeys` of both sides intersect; *selected* when `MatchIndex.candidateIds` (the
        frequency-aware selection, 200 candidates) puts the registration forward for full comparison.
      * **Noise.** The machine's 2 cores are shared with other work; the load average before and after each run is
        given. Wall times on a busy machine are upper bounds; CPU seconds are the steadier figure. Engines run one
        after another in the same job, once each.
      """;

  private MatchingReport() {}

  static String subsection(SizeResult r, String command, ChildJvm jvm, String heap) {
    StringBuilder b = new StringBuilder();
    b.append("### ").append(r.label()).append("\n\n");
    b.append("* Command: `").append(command).append("` (heap limit of the benchmark's own JVM ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB)\n");
    b.append("* Machine: ").append(Machine.describe()).append("\n");
    b.append("* Started ").append(r.startedAt).append("; load average (1, 5, 15 min) before ").append(r.loadBefore)
        .append(", after ").append(r.loadAfter).append(".\n");
    b.append(String.format(Locale.ROOT, "* Data: seed %d; %,d registrations, %,d duplicate pairs; %,d tracing "
            + "requests, %,d true (request, registration) pairs; generated in %.1f s.%n", r.seed, r.children,
        r.truthDuplicates, r.requests, r.truthLinks, r.generateSeconds));
    b.append("* Every engine ran as `java -Xmx").append(heap).append(" -cp $CP MAIN ARGS`; the exact commands are ")
        .append("listed below ($CP is the benchmark's classpath: `").append(classpath()).append("`).\n\n");

    b.append("**Linkage** (tracing requests → registrations)\n\n");
    b.append("| engine | precision | recall | F1 | recall match+review | requests found | review rows/request "
        + "| output rows/request | untraceable auto-matched | wall s | CPU s | peak RSS MB |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (EngineRun run : r.runs) {
      if (!run.task().equals("link")) continue;
      Scores.Link l = run.link();
      if (l == null) {
        b.append("| ").append(run.engine()).append(" | failed (exit ").append(run.usage().exitCode())
            .append(") | | | | | | | | ").append(cost(run)).append(" |\n");
        continue;
      }
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s | %s |%n", run.engine(),
          f(l.precision()), f(l.recall()), f(l.f1()), f(l.recallWithReview()), f(l.requestRecall()),
          l.reviewPerRequest(), l.rowsPerRequest(), f(l.untraceableFalseMatchRate()), cost(run)));
    }
    b.append("\n");
    if (r.runs.stream().anyMatch(x -> x.task().equals("dedupe"))) {
      b.append("**Deduplication** (registrations against each other)\n\n");
      b.append("| engine | precision | recall | F1 | recall match+review | match rows | review rows | wall s "
          + "| CPU s | peak RSS MB |\n");
      b.append("|---|---|---|---|---|---|---|---|---|---|\n");
      for (EngineRun run : r.runs) {
        if (!run.task().equals("dedupe")) continue;
        Scores.Dedupe d = run.dedupe();
        if (d == null) {
          b.append("| ").append(run.engine()).append(" | failed (exit ").append(run.usage().exitCode())
              .append(") | | | | | | ").append(cost(run)).append(" |\n");
          continue;
        }
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %,d | %,d | %s |%n", run.engine(),
            f(d.precision()), f(d.recall()), f(d.f1()), f(d.recallWithReview()), d.matchRows(), d.reviewRows(),
            cost(run)));
      }
      b.append("| primero | not run: its duplicate check is a different feature, not this algorithm | | | | | | | | |\n");
      for (String skip : r.skipped) b.append("| ").append(skip.replaceFirst(": ", " | ")).append(" | | | | | | | | |\n");
      b.append("\n");
    }
    if (r.blockingRun != null) {
      b.append("**Blocking of the Haven matcher** (pairs completeness)\n\n");
      if (r.blocking.isEmpty()) {
        b.append("Not measured: the run failed (exit ").append(r.blockingRun.usage().exitCode()).append(").\n\n");
      } else {
        b.append("| true pairs | PC shared key | PC selected | candidates/request | index build s | wall s | CPU s "
            + "| peak RSS MB |\n|---|---|---|---|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.blocking.get("truth_pairs"),
            r.blocking.get("pc_shared_key"), r.blocking.get("pc_candidates"), r.blocking.get("candidates_per_request"),
            r.blocking.get("index_seconds"), cost(r.blockingRun)));
        b.append("\n");
      }
    }
    b.append("<details><summary>Exact engine commands</summary>\n\n```\n");
    for (EngineRun run : r.runs) b.append(command(run.command())).append('\n');
    if (r.blockingRun != null) b.append(command(r.blockingRun.command())).append('\n');
    b.append("```\n</details>\n");
    return b.toString();
  }

  /** The benchmark's classpath with directories of jars written as {@code dir/*}, as the launcher gives it. */
  static String classpath() {
    java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(e);
      boolean libJar = e.endsWith(".jar") && p.getParent() != null && p.getParent().getFileName() != null
          && p.getParent().getFileName().toString().equals("lib");
      parts.add(libJar ? p.getParent() + "/*" : e);
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  private static String command(List<String> cmd) {
    StringBuilder b = new StringBuilder("java");
    for (int i = 1; i < cmd.size(); i++) {
      String a = cmd.get(i);
      b.append(' ').append(cmd.get(i - 1).equals("-cp") ? "$CP" : a);
    }
    return b.toString();
  }

  private static String cost(EngineRun run) {
    ChildJvm.Usage u = run.usage();
    return String.format(Locale.ROOT, "%.1f | %s | %,d", u.wallSeconds(),
        Double.isNaN(u.cpuSeconds()) ? "n/a" : String.format(Locale.ROOT, "%.1f", u.cpuSeconds()),
        u.peakRssKb() / 1024);
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Replaces (or appends) the subsection for this size inside the Matching section, leaving the rest alone. */
  static void update(Path doc, String label, String subsection) throws IOException {
    String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
    int section = text.indexOf("\n" + SECTION + "\n");
    if (section < 0 && text.startsWith(SECTION + "\n")) section = -1 + 0;
    if (section < 0 && !text.startsWith(SECTION + "\n")) {
      text = text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + INTRO + "\n";
      section = text.indexOf("\n" + SECTION + "\n");
    }
    int start = section < 0 ? 0 : section + 1;
    int end = text.indexOf("\n## ", start + SECTION.length());
    end = end < 0 ? text.length() : end + 1;
    String body = text.substring(start, end);
    String heading = "### " + label + "\n";
    int sub = body.indexOf(heading);
    String newBody;
    if (sub >= 0) {
      int subEnd = body.indexOf("\n### ", sub + heading.length());
      subEnd = subEnd < 0 ? body.length() : subEnd + 1;
      newBody = body.substring(0, sub) + subsection + "\n" + body.substring(subEnd);
    } else {
      newBody = body + (body.endsWith("\n\n") ? "" : "\n") + subsection + "\n";
    }
    String result = text.substring(0, start) + newBody.replaceAll("\n{3,}", "\n\n") + text.substring(end);
    Path tmp = doc.resolveSibling(doc.getFileName() + ".tmp");
    if (doc.getParent() != null) Files.createDirectories(doc.getParent());
    Files.writeString(tmp, result, StandardCharsets.UTF_8);
    Files.move(tmp, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
