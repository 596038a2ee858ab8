package org.haven.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A CSV file whose rows are spread over temporary buckets and concatenated at the end, so that the registrations of
 * one child (generated together) end up far apart, as they are in real exports, while memory stays constant.
 */
final class ShuffledCsv implements AutoCloseable {
  static final int BUCKETS = 32;
  private final Path target;
  private final String header;
  private final Path[] parts = new Path[BUCKETS];
  private final BufferedWriter[] writers = new BufferedWriter[BUCKETS];
  private long rows;

  ShuffledCsv(Path target, String header) throws IOException {
    this.target = target;
    this.header = header;
    for (int i = 0; i < BUCKETS; i++) {
      parts[i] = target.resolveSibling("." + target.getFileName() + ".part" + i);
      writers[i] = Files.newBufferedWriter(parts[i], StandardCharsets.UTF_8);
    }
  }

  /** Appends rows already spread over buckets by the producer, which keeps the order independent of threads. */
  void append(StringBuilder[] buckets, long rowCount) throws IOException {
    for (int i = 0; i < BUCKETS; i++) writers[i].append(buckets[i]);
    rows += rowCount;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter w : writers) w.close();
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path p : parts) {
        try (InputStream in = Files.newInputStream(p)) {
          in.transferTo(out);
        }
        Files.delete(p);
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
