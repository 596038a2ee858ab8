package org.haven.bench.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured on one generated data set. */
final class SizeResult {
  final int children;
  final int requests;
  final long seed;
  long truthLinks;
  long truthDuplicates;
  double generateSeconds;
  String startedAt = "";
  String loadBefore = "";
  String loadAfter = "";
  final List<EngineRun> runs = new ArrayList<>();
  final Map<String, String> blocking = new LinkedHashMap<>();
  final List<String> skipped = new ArrayList<>();
  EngineRun blockingRun;

  SizeResult(int children, int requests, long seed) {
    this.children = children;
    this.requests = requests;
    this.seed = seed;
  }

  String label() {
    return String.format(java.util.Locale.ROOT, "%,d registrations × %,d tracing requests", children, requests);
  }
}
