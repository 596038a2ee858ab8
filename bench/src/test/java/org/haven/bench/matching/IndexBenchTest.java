package org.haven.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBenchTest {
  @TempDir Path dir;

  @Test
  void printsQueryCostAndRegistrationsBesideBackgroundQueries() {
    String out = captured(() -> assertThat(IndexBench.run(new String[] {"--cases", "3000", "--seconds", "1",
        "--writers", "2", "--work", dir.toString()})).isZero());
    assertThat(out).contains("index: 3,000 cases put one by one").containsPattern("query alone .*p95 [0-9.]+ ms")
        .containsPattern("registrations \\(2 threads, check then put\\) beside one thread querying: [1-9][0-9]*/s")
        .containsPattern("background queries [1-9][0-9]*/s");
  }

  @Test
  void refusesAnUnknownOptionAndATooSmallIndex() {
    assertThat(IndexBench.run(new String[] {"--casse", "3000"})).isEqualTo(2);
    assertThat(IndexBench.run(new String[] {"--cases", "10"})).isEqualTo(2);
    assertThat(IndexBench.run(new String[] {"--seconds", "soon"})).isEqualTo(2);
  }

  private static String captured(Runnable r) {
    PrintStream before = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
