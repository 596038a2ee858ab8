package org.haven.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.synth.SyntheticDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesTest {
  @TempDir Path dir;

  @Test
  void dukeAndPrimeroWriteTheContractFormatAndFindSomething() throws Exception {
    new SyntheticDataset(3).write(3000, 300, dir);
    Path requests = dir.resolve("requests.csv");
    Path children = dir.resolve("children.csv");
    DukeEngine.main(new String[] {"link", "--left", requests.toString(), "--right", children.toString(),
        "--out", dir.resolve("duke.csv").toString()});
    PrimeroEngine.main(new String[] {"link", "--left", requests.toString(), "--right", children.toString(),
        "--out", dir.resolve("primero.csv").toString()});
    for (String f : List.of("duke.csv", "primero.csv")) {
      List<String> lines = Files.readAllLines(dir.resolve(f));
      assertThat(lines.get(0)).isEqualTo("left_id,right_id,probability,decision,explanation");
      assertThat(lines.size()).as(f).isGreaterThan(10);
      Scores.Link l = Scores.link(dir.resolve(f), dir.resolve("truth_link.csv"), requests);
      assertThat(l.recallWithReview()).as(f).isGreaterThan(0.05);
      assertThat(lines.stream().skip(1).allMatch(x -> x.startsWith("T"))).as(f + " left side is the request").isTrue();
    }
  }
}
