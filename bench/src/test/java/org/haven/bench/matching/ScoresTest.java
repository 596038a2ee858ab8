package org.haven.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresTest {
  @TempDir Path dir;

  @Test
  void linkMetrics() throws Exception {
    Path truth = write("truth_link.csv", "request_id,record_id\nT1,C1\nT1,C2\nT2,C3\n");
    Path requests = write("requests.csv", "record_id,given_name\nT1,a\nT2,b\nT3,c\nT4,d\n");
    Path out = write("out.csv", """
        left_id,right_id,probability,decision,explanation
        T1,C1,0.99,match,x
        T1,C9,0.95,match,x
        T2,C3,0.50,review,x
        T3,C5,0.97,match,x
        T4,C6,0.30,review,x
        """);
    Scores.Link l = Scores.link(out, truth, requests);
    assertThat(l.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(l.recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(l.recallWithReview()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(l.reviewPerRequest()).isEqualTo(0.5);
    assertThat(l.rowsPerRequest()).isEqualTo(1.25);
    assertThat(l.requestRecall()).isEqualTo(1.0);
    assertThat(l.untraceableFalseMatchRate()).isEqualTo(0.5);
  }

  @Test
  void dedupeMetricsIgnoreOrderAndRepeats() throws Exception {
    Path truth = write("truth_dedupe.csv", "record_id_a,record_id_b\nC1,C2\nC3,C4\n");
    Path out = write("out.csv", """
        left_id,right_id,probability,decision,explanation
        C2,C1,0.99,match,
        C1,C2,0.99,match,
        C5,C6,0.95,match,
        C3,C4,0.7,review,
        """);
    Scores.Dedupe d = Scores.dedupe(out, truth);
    assertThat(d.precision()).isEqualTo(0.5);
    assertThat(d.recall()).isEqualTo(0.5);
    assertThat(d.f1()).isEqualTo(0.5);
    assertThat(d.recallWithReview()).isEqualTo(1.0);
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
