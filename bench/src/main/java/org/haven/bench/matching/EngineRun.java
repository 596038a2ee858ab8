package org.haven.bench.matching;

import java.util.List;

/** One engine on one task: the exact command, what it cost and how good its output was. */
record EngineRun(String engine, String task, List<String> command, ChildJvm.Usage usage, Scores.Link link,
                 Scores.Dedupe dedupe) {

  boolean failed() {
    return usage.exitCode() != 0;
  }
}
