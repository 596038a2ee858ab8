package org.haven.bench.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.bench.BenchCommand;
import org.haven.synth.SyntheticDataset;

/**
 * {@code bin/haven bench matching}: generates synthetic data at each requested size, runs the Haven matcher, Duke
 * and Primero's algorithm on it, each in a JVM of its own, scores their output against the truth, measures the
 * matcher's blocking, and prints (and optionally writes into a Markdown file) the results.
 */
public final class MatchingBench {
  static final String USAGE = """
      usage: bin/haven bench matching [--sizes 100000x10000,1000000x100000] [--seed S] [--work DIR]
                                      [--engines haven,duke,primero] [--tasks link,dedupe,blocking]
                                      [--heap 4g] [--threads N] [--report docs/benchmarks.md]
                                      [--duke-dedupe-max N]
        --sizes    registrations x tracing requests, comma-separated (default 100000x10000)
        --work     where data and outputs go (default: $TMPDIR/haven-bench-matching)
        --engines  haven (org.haven.matching.cli.MatchCommand), duke (Duke 1.2), primero (Primero's algorithm),
                   or the main class of any program following the MatchCommand command line
        --tasks    link: requests against registrations; dedupe: registrations against themselves;
                   blocking: pairs completeness of the matcher's blocking
        --heap     -Xmx of every engine's JVM (default 4g)
        --threads  worker threads passed to every engine (default: the engine's own default)
        --report   Markdown file whose "## Matching" section receives the results (one subsection per size)
        --duke-dedupe-max  largest registrations file Duke deduplicates (default 200000)
      """;

  private MatchingBench() {}

  public static int run(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("sizes", "100000x10000");
    o.put("seed", "1");
    o.put("work", Path.of(System.getProperty("java.io.tmpdir"), "haven-bench-matching").toString());
    o.put("engines", "haven,duke,primero");
    o.put("tasks", "link,dedupe,blocking");
    o.put("heap", "4g");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        System.out.print(USAGE);
        return 0;
      }
      if (!a.startsWith("--") || i + 1 >= args.length || !knows(a.substring(2))) {
        System.err.println("bench matching: unexpected argument '" + a + "'\n" + USAGE);
        return 2;
      }
      o.put(a.substring(2), args[++i]);
    }
    try {
      String argText = args.length == 0 ? "" : " " + String.join(" ", args);
      boolean launcher = System.getProperty("java.class.path").contains("haven-bench.jar");
      String command = launcher ? "bin/haven bench matching" + argText
          : "java -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m -cp \"" + MatchingReport.classpath()
              + "\" " + BenchCommand.class.getName() + " matching" + argText;
      Path work = Path.of(o.get("work"));
      List<String> engines = Arrays.asList(o.get("engines").split(","));
      List<String> tasks = Arrays.asList(o.get("tasks").split(","));
      ChildJvm jvm = new ChildJvm(o.get("heap"), System.getProperty("java.class.path"));
      for (String size : o.get("sizes").split(",")) {
        String[] nm = size.toLowerCase(Locale.ROOT).split("x");
        SizeResult r = new SizeResult(Integer.parseInt(nm[0].trim()), Integer.parseInt(nm[1].trim()),
            Long.parseLong(o.get("seed")));
        String heap = o.get("heap");
        Path report = o.containsKey("report") ? Path.of(o.get("report")) : null;
        // The report is rewritten after every engine, so a long run that has to be stopped keeps what it measured.
        Progress progress = () -> {
          if (report != null) MatchingReport.update(report, r.label(), MatchingReport.subsection(r, command, jvm, heap));
        };
        runSize(r, work.resolve(r.children + "x" + r.requests), engines, tasks, jvm, o.get("threads"),
            Integer.parseInt(o.getOrDefault("duke-dedupe-max", "200000")), progress);
        System.out.println(MatchingReport.subsection(r, command, jvm, heap));
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("bench matching: failed: " + e);
      e.printStackTrace();
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static boolean knows(String option) {
    return List.of("sizes", "seed", "work", "engines", "tasks", "heap", "threads", "report", "duke-dedupe-max")
        .contains(option);
  }

  static void runSize(SizeResult r, Path dir, List<String> engines, List<String> tasks, ChildJvm jvm, String threads,
                      int dukeDedupeMax, Progress progress) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    r.startedAt = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    r.loadBefore = Machine.loadAverage();
    log("generating " + r.label() + " in " + dir);
    long t = System.nanoTime();
    SyntheticDataset.Summary s = new SyntheticDataset(r.seed).write(r.children, r.requests, dir);
    r.generateSeconds = (System.nanoTime() - t) / 1e9;
    r.truthLinks = s.truthLinks();
    r.truthDuplicates = s.truthDuplicates();
    Path children = dir.resolve(SyntheticDataset.CHILDREN_FILE);
    Path requests = dir.resolve(SyntheticDataset.REQUESTS_FILE);
    for (String task : tasks) {
      if (task.equals("blocking")) {
        if (!engines.contains("haven")) continue;
        List<String> a = new ArrayList<>(List.of("--left", requests.toString(), "--right", children.toString(),
            "--truth", dir.resolve(SyntheticDataset.TRUTH_LINK_FILE).toString(), "--out",
            dir.resolve("blocking.properties").toString()));
        if (threads != null) a.addAll(List.of("--threads", threads));
        log("blocking completeness");
        ChildJvm.Usage u = jvm.run(BlockingCompleteness.class.getName(), a, dir.resolve("blocking.log"));
        r.blockingRun = new EngineRun("haven", "blocking", jvm.command(BlockingCompleteness.class.getName(), a), u,
            null, null);
        if (u.exitCode() == 0) {
          for (String line : Files.readAllLines(dir.resolve("blocking.properties"))) {
            int eq = line.indexOf('=');
            if (eq > 0) r.blocking.put(line.substring(0, eq), line.substring(eq + 1));
          }
        }
        r.loadAfter = Machine.loadAverage();
        progress.update();
        continue;
      }
      for (String engine : engines) {
        if (engine.equals("primero") && task.equals("dedupe")) continue;
        if (engine.equals("duke") && task.equals("dedupe") && r.children > dukeDedupeMax) {
          log("duke dedupe skipped above " + dukeDedupeMax + " registrations (--duke-dedupe-max)");
          r.skipped.add("duke dedupe: not run above " + dukeDedupeMax + " registrations (each registration is a "
              + "Lucene query; about an hour of CPU at 1,000,000)");
          continue;
        }
        Path out = dir.resolve(engine + "-" + task + ".csv");
        Files.deleteIfExists(out);
        List<String> a = new ArrayList<>(List.of(task));
        if (task.equals("link")) {
          a.addAll(List.of("--left", requests.toString(), "--right", children.toString()));
        } else {
          a.addAll(List.of("--input", children.toString()));
        }
        a.addAll(List.of("--out", out.toString()));
        if (threads != null) a.addAll(List.of("--threads", threads));
        String main = switch (engine) {
          case "haven" -> "org.haven.matching.cli.MatchCommand";
          case "duke" -> DukeEngine.class.getName();
          case "primero" -> PrimeroEngine.class.getName();
          default -> {
            if (!engine.contains(".")) throw new IllegalArgumentException("unknown engine " + engine);
            yield engine;
          }
        };
        log(engine + " " + task);
        ChildJvm.Usage u = jvm.run(main, a, dir.resolve(engine + "-" + task + ".log"));
        Scores.Link link = null;
        Scores.Dedupe dedupe = null;
        if (u.exitCode() == 0 && Files.exists(out)) {
          if (task.equals("link")) {
            link = Scores.link(out, dir.resolve(SyntheticDataset.TRUTH_LINK_FILE), requests);
          } else {
            dedupe = Scores.dedupe(out, dir.resolve(SyntheticDataset.TRUTH_DEDUPE_FILE));
          }
        } else {
          log(engine + " " + task + " failed with exit code " + u.exitCode() + ", see " + u.log());
        }
        r.runs.add(new EngineRun(engine, task, jvm.command(main, a), u, link, dedupe));
        r.loadAfter = Machine.loadAverage();
        progress.update();
        log(String.format(Locale.ROOT, "%s %s: %.1f s wall, %d MB peak", engine, task, u.wallSeconds(),
            u.peakRssKb() / 1024));
      }
    }
    r.loadAfter = Machine.loadAverage();
  }

  /** Called after each measurement. */
  interface Progress {
    void update() throws IOException;
  }

  private static void log(String message) {
    System.err.println("bench matching: " + message);
  }
}
