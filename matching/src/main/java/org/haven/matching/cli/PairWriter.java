package org.haven.matching.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.matching.MatchPair;

/** Writes the output CSV next to its destination first and moves it into place, so no half file remains. */
final class PairWriter {
  private PairWriter() {}

  static void write(Path out, List<MatchPair> pairs) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
    try {
      CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, format)) {
        p.printRecord("left_id", "right_id", "probability", "decision", "explanation");
        for (MatchPair m : pairs) {
          p.printRecord(m.leftId(), m.rightId(), String.format(Locale.ROOT, "%.4f", m.probability()),
              m.decision().label(), m.explanation());
        }
      }
      try {
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
