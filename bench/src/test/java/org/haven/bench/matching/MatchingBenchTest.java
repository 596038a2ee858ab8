package org.haven.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingBenchTest {
  @TempDir Path dir;

  @Test
  void scoresAnEngineRunInItsOwnJvmAgainstTheTruth() throws Exception {
    SizeResult r = new SizeResult(3000, 300, 5);
    ChildJvm jvm = new ChildJvm("256m", System.getProperty("java.class.path"));
    MatchingBench.runSize(r, dir, List.of(OracleEngine.class.getName()), List.of("link", "dedupe"), jvm, null, 200000, () -> { });

    assertThat(r.runs).hasSize(2);
    EngineRun link = r.runs.get(0);
    assertThat(link.usage().exitCode()).isZero();
    assertThat(link.usage().peakRssKb()).isPositive();
    assertThat(link.usage().wallSeconds()).isPositive();
    assertThat(link.link().precision()).isEqualTo(1.0);
    assertThat(link.link().recall()).isEqualTo(1.0);
    assertThat(link.link().requestRecall()).isEqualTo(1.0);
    assertThat(link.link().untraceableFalseMatchRate()).isZero();
    int traceable = link.link().traceableRequests();
    assertThat(link.link().reviewPerRequest()).isCloseTo(traceable / 300.0, within(1e-9));
    assertThat(traceable).isEqualTo(240);
    EngineRun dedupe = r.runs.get(1);
    assertThat(dedupe.dedupe().f1()).isEqualTo(1.0);

    String md = MatchingReport.subsection(r, "bin/haven bench matching --sizes 3000x300", jvm, "256m");
    assertThat(md).contains("### 3,000 registrations × 300 tracing requests").contains("| 1.000 | 1.000 | 1.000 |")
        .contains("java -Xmx256m -cp $CP " + OracleEngine.class.getName() + " link --left");
  }

  @Test
  void reportKeepsOtherSectionsAndReplacesItsOwnSubsection() throws Exception {
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\n## Registry\n\nregistry figures\n");
    MatchingReport.update(doc, "A", "### A\n\nfirst\n");
    MatchingReport.update(doc, "B", "### B\n\nsecond\n");
    MatchingReport.update(doc, "A", "### A\n\nthird\n");
    String text = Files.readString(doc);
    assertThat(text).contains("## Registry\n\nregistry figures").contains("## Matching").contains("third")
        .contains("second").doesNotContain("first");
    assertThat(text.indexOf("### A")).isLessThan(text.indexOf("### B"));
  }
}
