package org.haven.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new MatchCommand(new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private Path write(String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void linksWithColumnsInAnyOrderAndUnknownColumnsIgnored() throws Exception {
    Path left = write("left.csv",
        "shoe_size,family_name,record_id,given_name,date_of_birth,sex,place_of_origin",
        "38,الحسن,T1,محمد,2012-05-04,male,حلب",
        "40,Shevchenko,T2,Oleksandr,2010,m,Kharkiv",
        "41,Nobody,T3,Zzyzx,2001,f,Nowhere");
    Path right = write("right.csv",
        "record_id,given_name,family_name,sex,date_of_birth,place_of_origin,nationality",
        "C1,Mohammed,Al-Hassan,male,2012-05-04,Aleppo,SYR",
        "C2,Mohamed,el Hassan,m,2012-01-01,Halab,SYR",
        "C3,Олександр,Шевченко,male,2010-03-02,Харків,UKR",
        "C4,Fatima,Haddad,female,2015-07-07,Homs,SYR",
        "C5,Yonas,Tesfaye,male,2011,Asmara,ERI");
    Path out = dir.resolve("out.csv");
    int code = run("link", "--left", left.toString(), "--right", right.toString(), "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("left_id,right_id,probability,decision,explanation");
    assertThat(lines).anyMatch(l -> l.startsWith("T1,C1,") && l.contains(",match,"));
    assertThat(lines).anyMatch(l -> l.startsWith("T1,C2,"));
    assertThat(lines).anyMatch(l -> l.startsWith("T2,C3,"));
    assertThat(lines).noneMatch(l -> l.startsWith("T3,"));
    assertThat(lines.get(1)).matches("T\\d,C\\d,[01]\\.\\d{4},(match|review),given_name:[+-]\\d+\\.\\d.*");
    assertThat(err.toString()).contains("records").contains("candidate pairs compared").contains("pairs written")
        .contains("wall time");
  }

  @Test
  void dedupeWritesEachPairOnce() throws Exception {
    Path input = write("in.csv",
        "record_id,given_name,family_name,sex,date_of_birth,father_name",
        "A,Yusuf,Ahmadi,male,2013-04-02,Karim Ahmadi",
        "B,Youssef,Ahmadi,m,2013-04-02,Kareem Ahmadi",
        "C,Maryam,Ahmadi,female,2009-11-11,Karim Ahmadi",
        "D,Hodan,Warsame,female,2016,Abdi Warsame");
    Path out = dir.resolve("dupes.csv");
    assertThat(run("dedupe", "--input", input.toString(), "--out", out.toString())).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).filteredOn(l -> l.startsWith("A,B,") || l.startsWith("B,A,")).hasSize(1);
    assertThat(lines).noneMatch(l -> l.contains("D"));
  }

  @Test
  void badDateStopsTheRunNamingFileLineAndColumnAndLeavesNoOutput() throws Exception {
    Path left = write("left.csv", "record_id,given_name,date_of_birth", "T1,Ali,2012-01-01", "T2,Omar,2012-13-45");
    Path right = write("right.csv", "record_id,given_name", "C1,Ali");
    Path out = dir.resolve("out.csv");
    int code = run("link", "--left", left.toString(), "--right", right.toString(), "--out", out.toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("left.csv").contains("line 3").contains("column 3 (date_of_birth)");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("left.csv", "right.csv");
    }
  }

  @Test
  void missingRecordIdColumnAndBrokenQuotingAreReported() throws Exception {
    Path noId = write("noid.csv", "given_name", "Ali");
    Path out = dir.resolve("out.csv");
    assertThat(run("dedupe", "--input", noId.toString(), "--out", out.toString())).isNotZero();
    assertThat(err.toString()).contains("noid.csv").contains("line 1").contains("record_id");

    Path broken = write("broken.csv", "record_id,given_name", "C1,Ali", "C2,\"Omar", "C3,Hassan");
    assertThat(run("dedupe", "--input", broken.toString(), "--out", out.toString())).isNotZero();
    assertThat(err.toString()).contains("broken.csv").contains("line");
    Path wrongCount = write("count.csv", "record_id,given_name", "C1,Ali", "C2,Omar,extra");
    assertThat(run("dedupe", "--input", wrongCount.toString(), "--out", out.toString())).isNotZero();
    assertThat(err.toString()).contains("count.csv: line 3");
    assertThat(out).doesNotExist();
  }

  @Test
  void ofManyBadRowsTheFirstInTheFileIsReported() throws Exception {
    List<String> lines = new java.util.ArrayList<>(List.of("record_id,given_name,sex,age_years"));
    for (int i = 0; i < 20000; i++) {
      lines.add("C" + i + ",Ali,male,7");
    }
    lines.set(9000, "C8999,Ali,male,seven");
    lines.set(12000, "C5,Omar,male,7");
    lines.set(15000, "C14999,Ali,boy,7");
    Path out = dir.resolve("out.csv");

    assertThat(run("dedupe", "--input", write("many.csv", lines.toArray(String[]::new)).toString(), "--out",
        out.toString())).isNotZero();
    assertThat(err.toString()).contains("many.csv: line 9001, column 4 (age_years)").doesNotContain("line 12001");

    lines.set(9000, "C8999,Ali,male,7");
    assertThat(run("dedupe", "--input", write("many.csv", lines.toArray(String[]::new)).toString(), "--out",
        out.toString())).isNotZero();
    assertThat(err.toString()).contains("many.csv: line 12001, column 1 (record_id)").contains("appears twice")
        .doesNotContain("line 15001");
  }

  @Test
  void existingOutputIsKeptWhenTheRunFails() throws Exception {
    Path out = write("out.csv", "previous");
    Path bad = write("dup.csv", "record_id,given_name", "C1,Ali", "C1,Omar");
    assertThat(run("dedupe", "--input", bad.toString(), "--out", out.toString())).isNotZero();
    assertThat(err.toString()).contains("dup.csv: line 3, column 1 (record_id)").contains("appears twice");
    assertThat(Files.readString(out)).isEqualTo("previous\n");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("link", "--left", "x.csv")).isEqualTo(2);
  }

  @Test
  void aMisspeltOrLinkOnlyOptionIsRefusedByName() throws Exception {
    Path in = write("in.csv", "record_id,given_name", "C1,Ali");
    assertThat(run("link", "--left", in.toString(), "--right", in.toString(), "--out",
        dir.resolve("out.csv").toString(), "--match-treshold", "0.9")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown option --match-treshold for link");
    assertThat(run("dedupe", "--input", in.toString(), "--out", dir.resolve("out.csv").toString(),
        "--average-rows", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown option --average-rows for dedupe");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void negativeRowLimitIsABadOptionValue() throws Exception {
    Path in = write("in.csv", "record_id,given_name", "C1,Ali");
    assertThat(run("link", "--left", in.toString(), "--right", in.toString(), "--out",
        dir.resolve("out.csv").toString(), "--average-rows", "-1")).isEqualTo(2);
    assertThat(err.toString()).contains("bad option value").contains("row limits");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void aMatchErrorRateOfHalfIsABadOptionValue() throws Exception {
    Path in = write("in.csv", "record_id,given_name", "C1,Ali");
    assertThat(run("link", "--left", in.toString(), "--right", in.toString(), "--out",
        dir.resolve("out.csv").toString(), "--match-error-rate", "0.5")).isEqualTo(2);
    assertThat(err.toString()).contains("bad option value").contains("match error rate");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  /**
   * Three requests about namesakes, each resembling the same four registered children equally (none sure
   * enough to be a match): with one row per request on average, three rows are written in all.
   */
  @Test
  void averageRowsLimitTheWholeOutputNotEachRequest() throws Exception {
    Path left = write("left.csv",
        "record_id,given_name,family_name,sex,date_of_birth",
        "T1,Ahmad,Karimi,male,2012",
        "T2,Ahmad,Karimi,male,2012",
        "T3,Ahmad,Karimi,male,2012");
    StringBuilder right = new StringBuilder("record_id,given_name,family_name,sex,date_of_birth,nationality");
    for (int i = 1; i <= 4; i++) {
      right.append("\nC").append(i).append(",Ahmad,Karimi,male,2012-0").append(i).append("-0").append(i)
          .append(",AFG");
    }
    Path rightFile = write("right.csv", right.toString());
    Path out = dir.resolve("out.csv");
    assertThat(run("link", "--left", left.toString(), "--right", rightFile.toString(), "--out", out.toString(),
        "--match-threshold", "1", "--max-rows", "4", "--average-rows", "0")).as(err.toString()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(1 + 12);
    assertThat(run("link", "--left", left.toString(), "--right", rightFile.toString(), "--out", out.toString(),
        "--match-threshold", "1", "--max-rows", "4", "--average-rows", "1")).as(err.toString()).isZero();
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize(1 + 3);
    assertThat(rows.subList(1, 4)).allMatch(r -> r.contains(",review,"));
  }
}
