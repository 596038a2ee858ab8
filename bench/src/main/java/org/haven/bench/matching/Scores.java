package org.haven.bench.matching;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Quality of an output file ({@code left_id,right_id,probability,decision,...}) against the truth files.
 * Pairs are compared as unordered pairs for deduplication and as (request, registration) for linkage.
 */
final class Scores {
  /** Linkage quality. Rates per request are over all tracing requests, traceable or not. */
  record Link(long truthPairs, long matchRows, long reviewRows, long matchTrue, long anyTrue, int requests,
              int traceableRequests, int traceableFound, int untraceableMatched, int untraceableRequests) {
    double precision() { return matchRows == 0 ? Double.NaN : matchTrue / (double) matchRows; }
    double recall() { return truthPairs == 0 ? Double.NaN : matchTrue / (double) truthPairs; }
    double f1() { return Scores.f1(precision(), recall()); }
    double recallWithReview() { return truthPairs == 0 ? Double.NaN : anyTrue / (double) truthPairs; }
    double reviewPerRequest() { return reviewRows / (double) requests; }
    double rowsPerRequest() { return (matchRows + reviewRows) / (double) requests; }
    double requestRecall() { return traceableFound / (double) Math.max(1, traceableRequests); }
    double untraceableFalseMatchRate() { return untraceableMatched / (double) Math.max(1, untraceableRequests); }
  }

  /** Deduplication quality over unordered pairs. */
  record Dedupe(long truthPairs, long matchRows, long reviewRows, long matchTrue, long anyTrue) {
    double precision() { return matchRows == 0 ? Double.NaN : matchTrue / (double) matchRows; }
    double recall() { return truthPairs == 0 ? Double.NaN : matchTrue / (double) truthPairs; }
    double f1() { return Scores.f1(precision(), recall()); }
    double recallWithReview() { return truthPairs == 0 ? Double.NaN : anyTrue / (double) truthPairs; }
  }

  private Scores() {}

  static Link link(Path output, Path truthLink, Path requests) throws IOException {
    Set<String> truth = new HashSet<>();
    Set<String> traceable = new HashSet<>();
    read(truthLink, r -> true, (a, b) -> { truth.add(a + "," + b); traceable.add(a); });
    int[] requestCount = {0};
    read(requests, r -> { requestCount[0]++; return false; }, (a, b) -> { });
    long[] c = new long[4];
    Set<String> found = new HashSet<>();
    Set<String> wronglyMatched = new HashSet<>();
    Map<String, Boolean> seen = new HashMap<>();
    readOutput(output, (pair, decision) -> {
      if (seen.putIfAbsent(pair[0] + "," + pair[1], Boolean.TRUE) != null) return;
      boolean ok = truth.contains(pair[0] + "," + pair[1]);
      boolean match = decision.equals("match");
      if (match) c[0]++; else c[1]++;
      if (ok && match) c[2]++;
      if (ok) { c[3]++; found.add(pair[0]); }
      if (match && !traceable.contains(pair[0])) wronglyMatched.add(pair[0]);
    });
    int untraceable = requestCount[0] - traceable.size();
    return new Link(truth.size(), c[0], c[1], c[2], c[3], requestCount[0], traceable.size(), found.size(),
        wronglyMatched.size(), untraceable);
  }

  static Dedupe dedupe(Path output, Path truthDedupe) throws IOException {
    Set<String> truth = new HashSet<>();
    read(truthDedupe, r -> true, (a, b) -> truth.add(unordered(a, b)));
    long[] c = new long[4];
    Set<String> seen = new HashSet<>();
    readOutput(output, (pair, decision) -> {
      String key = unordered(pair[0], pair[1]);
      if (!seen.add(key)) return;
      boolean ok = truth.contains(key);
      boolean match = decision.equals("match");
      if (match) c[0]++; else c[1]++;
      if (ok && match) c[2]++;
      if (ok) c[3]++;
    });
    return new Dedupe(truth.size(), c[0], c[1], c[2], c[3]);
  }

  static double f1(double p, double r) {
    if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) return Double.NaN;
    return 2 * p * r / (p + r);
  }

  private static String unordered(String a, String b) {
    return a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
  }

  private interface PairSink {
    void accept(String[] pair, String decision);
  }

  private static void readOutput(Path output, PairSink sink) throws IOException {
    try (Reader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      for (CSVRecord r : format().parse(in)) {
        sink.accept(new String[] {r.get("left_id"), r.get("right_id")}, r.get("decision").trim().toLowerCase());
      }
    }
  }

  /** Reads a two-column truth file; {@code filter} sees each record first and may skip the pair callback. */
  private static void read(Path file, java.util.function.Predicate<CSVRecord> filter, BiConsumer<String, String> pair)
      throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : format().parse(in)) {
        if (filter.test(r)) pair.accept(r.get(0), r.get(1));
      }
    }
  }

  private static CSVFormat format() {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  }
}
