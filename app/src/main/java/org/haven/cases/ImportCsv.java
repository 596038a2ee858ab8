package org.haven.cases;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of the matching interchange contract (MATCHING.md) row by row: columns found by header
 * name in any order, unknown columns ignored, {@code record_id} required. Every problem names the file,
 * the line and the column.
 */
final class ImportCsv implements Closeable {
  static final List<String> COLUMNS = List.of("record_id", "given_name", "family_name", "other_names", "sex",
      "date_of_birth", "age_years", "nationality", "place_of_origin", "father_name", "mother_name",
      "separation_date", "separation_place", "recorded_on", "recorded_in");

  /** One data row: its first line in the file and its values by column name (null when empty). */
  record Row(long line, Map<String, String> values) {
    String get(String column) {
      return values.get(column);
    }
  }

  private final String fileName;
  private final Reader reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final int width;
  private long nextLine = 2;

  ImportCsv(Path file) {
    this.fileName = file.toString();
    if (!Files.isReadable(file)) {
      throw new CaseImport.Failure(fileName + ": cannot read the file");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).get();
    try {
      this.reader = skipByteOrderMark(new InputStreamReader(Files.newInputStream(file), decoder));
      this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw problem(1, null, "cannot read the header (" + rootMessage(e) + ")");
    }
    this.records = parser.iterator();
    List<String> header = parser.getHeaderNames();
    this.width = header.size();
    this.columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i).trim().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(h) && columns.putIfAbsent(h, i) != null) {
        throw new CaseImport.Failure(fileName + ": line 1, column " + (i + 1) + " (" + h + "): column appears twice");
      }
    }
    if (!columns.containsKey("record_id")) {
      throw new CaseImport.Failure(fileName + ": line 1: the header has no record_id column");
    }
  }

  /** Up to {@code max} further rows; empty at the end of the file. */
  List<Row> next(int max) {
    List<Row> rows = new ArrayList<>(max);
    while (rows.size() < max) {
      CSVRecord r;
      try {
        if (!records.hasNext()) {
          break;
        }
        r = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        if (rootCause(e) instanceof CharacterCodingException) {
          throw problem(parser.getCurrentLineNumber() + 1, null, "not valid UTF-8 text");
        }
        throw problem(parser.getCurrentLineNumber() + 1, null, "malformed CSV (" + rootMessage(e) + ")");
      }
      long line = nextLine;
      nextLine = parser.getCurrentLineNumber() + 1;
      if (r.size() == 1 && r.get(0).isEmpty() && width > 1) {
        continue;
      }
      if (r.size() != width) {
        throw new CaseImport.Failure(fileName + ": line " + line + ", column " + (Math.min(r.size(), width) + 1)
            + ": expected " + width + " columns, found " + r.size());
      }
      Map<String, String> values = new HashMap<>();
      columns.forEach((name, i) -> {
        String v = r.get(i).strip();
        if (!v.isEmpty()) {
          values.put(name, v);
        }
      });
      rows.add(new Row(line, values));
    }
    return rows;
  }

  /** A problem with one value: "FILE: line L, column C (name): problem". */
  CaseImport.Failure problem(long line, String column, String problem) {
    Integer index = column == null ? null : columns == null ? null : columns.get(column);
    String where = index == null ? (column == null ? "" : ", column " + column)
        : ", column " + (index + 1) + " (" + column + ")";
    return new CaseImport.Failure(fileName + ": line " + line + where + ": " + problem);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader skipByteOrderMark(Reader in) throws IOException {
    PushbackReader p = new PushbackReader(in, 1);
    int c = p.read();
    if (c != -1 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = rootCause(e);
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
