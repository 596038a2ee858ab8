package org.haven.bench.matching;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Streams the rows of a file in the matching contract's format. */
final class CsvDescriptions {
  private CsvDescriptions() {}

  static void forEach(Path file, Consumer<CSVRecord> row) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        row.accept(r);
      }
    }
  }

  static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
  }
}
