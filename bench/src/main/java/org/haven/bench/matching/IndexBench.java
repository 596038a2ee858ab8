package org.haven.bench.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.haven.matching.Description;
import org.haven.matching.MatchIndex;
import org.haven.synth.SyntheticDataset;

/**
 * {@code bin/haven bench index}: the case index of a server, in one process, without HTTP or database. It
 * measures what one query costs, then how many registrations the index takes while a background thread
 * queries it without pause, as the tracing matcher does after a burst: each registration is a duplicate
 * check (a query) followed by adding the case. The registry benchmark measures the same path through the API,
 * where the database's share hides the index's.
 */
public final class IndexBench {
  static final String USAGE = """
      usage: bin/haven bench index [--cases N] [--seconds S] [--writers K] [--seed X] [--work DIR]
        --cases    synthetic registrations in the index (default 1000000)
        --seconds  how long registrations run against the background queries (default 30)
        --writers  threads registering at once, as concurrent HTTP requests would (default 4)
        --seed     seed of the synthetic data (default 1)
        --work     where the synthetic data goes (default: $TMPDIR/haven-bench-index)
      """;
  private static final int QUERIES = 5000;
  private static final int LIMIT = 10;

  private IndexBench() {}

  public static int run(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("cases", "1000000");
    o.put("seconds", "30");
    o.put("writers", "4");
    o.put("seed", "1");
    o.put("work", Path.of(System.getProperty("java.io.tmpdir"), "haven-bench-index").toString());
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        System.out.print(USAGE);
        return 0;
      }
      if (!a.startsWith("--") || i + 1 >= args.length || !o.containsKey(a.substring(2))) {
        System.err.println("bench index: unexpected argument '" + a + "'\n" + USAGE);
        return 2;
      }
      o.put(a.substring(2), args[++i]);
    }
    try {
      int cases = Integer.parseInt(o.get("cases"));
      int seconds = Integer.parseInt(o.get("seconds"));
      int writers = Integer.parseInt(o.get("writers"));
      if (cases < 1000 || seconds < 1 || writers < 1) {
        System.err.println("bench index: --cases must be at least 1000, --seconds and --writers at least 1");
        return 2;
      }
      measure(cases, seconds, writers, Long.parseLong(o.get("seed")), Path.of(o.get("work")));
      return 0;
    } catch (NumberFormatException e) {
      System.err.println("bench index: not a number: " + e.getMessage() + "\n" + USAGE);
      return 2;
    } catch (IOException | RuntimeException | ExecutionException e) {
      System.err.println("bench index: failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static void measure(int cases, int seconds, int writers, long seed, Path dir)
      throws IOException, InterruptedException, ExecutionException {
    new SyntheticDataset(seed).write(cases, 20_000, dir);
    List<Description> requests = new ArrayList<>();
    CsvDescriptions.forEach(dir.resolve("requests.csv"), r -> requests.add(BlockingCompleteness.description(r)));
    MatchIndex index = new MatchIndex();
    long start = System.nanoTime();
    CsvDescriptions.forEach(dir.resolve("children.csv"), r -> index.put(BlockingCompleteness.description(r)));
    index.train();
    System.out.printf(Locale.ROOT, "index: %,d cases put one by one and trained in %.1f s%n", index.size(),
        (System.nanoTime() - start) / 1e9);

    // The first pass warms the JIT compiler up; the second is measured.
    queryAlone(index, requests);
    long[] alone = queryAlone(index, requests);
    System.out.printf(Locale.ROOT, "query alone (one thread, %d descriptions): %s%n", QUERIES, percentiles(alone));

    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong background = new AtomicLong();
    Thread matcher = new Thread(() -> {
      for (int i = 0; !stop.get(); i++) {
        index.query(requests.get(i % requests.size()), LIMIT);
        background.incrementAndGet();
      }
    }, "background-queries");
    matcher.start();
    AtomicInteger next = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<long[]>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      results.add(pool.submit(() -> {
        List<Long> took = new ArrayList<>();
        while (System.nanoTime() < end) {
          int n = next.getAndIncrement();
          Description d = requests.get(n % requests.size());
          long t = System.nanoTime();
          index.query(d, LIMIT);
          index.put(renamed(d, "registered-" + n));
          took.add(System.nanoTime() - t);
        }
        return took.stream().mapToLong(Long::longValue).toArray();
      }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : results) {
      parts.add(f.get());
    }
    stop.set(true);
    matcher.join();
    pool.shutdown();
    long[] registrations = parts.stream().flatMapToLong(Arrays::stream).toArray();
    System.out.printf(Locale.ROOT, "registrations (%d threads, check then put) beside one thread querying: "
            + "%.0f/s, %s; background queries %.0f/s%n", writers, registrations.length / (double) seconds,
        percentiles(registrations), background.get() / (double) seconds);
  }

  private static long[] queryAlone(MatchIndex index, List<Description> requests) {
    long[] took = new long[Math.min(QUERIES, requests.size())];
    for (int i = 0; i < took.length; i++) {
      long t = System.nanoTime();
      index.query(requests.get(i), LIMIT);
      took[i] = System.nanoTime() - t;
    }
    return took;
  }

  private static Description renamed(Description d, String id) {
    return Description.builder(id).givenName(d.givenName()).familyName(d.familyName()).otherNames(d.otherNames())
        .sex(d.sex()).dateOfBirth(d.dateOfBirth()).ageYears(d.ageYears()).nationality(d.nationality())
        .placeOfOrigin(d.placeOfOrigin()).fatherName(d.fatherName()).motherName(d.motherName())
        .separationDate(d.separationDate()).separationPlace(d.separationPlace()).recordedOn(d.recordedOn())
        .recordedIn(d.recordedIn()).build();
  }

  private static String percentiles(long[] nanos) {
    if (nanos.length == 0) {
      return "none";
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", s[s.length / 2] / 1e6,
        s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6);
  }
}
