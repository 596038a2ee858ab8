package org.haven.matching.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.matching.Description;
import org.haven.matching.normalize.FuzzyDate;
import org.haven.matching.normalize.Sex;

/**
 * Reads descriptions from a CSV file of the matching interchange contract: columns found by header name in
 * any order, only {@code record_id} required, unknown columns ignored. Values that the contract defines
 * strictly (ids, sex, dates, ages) are checked, so that a broken export stops the run instead of silently
 * matching worse.
 */
final class DescriptionReader {
  private static final List<String> COLUMNS = List.of("record_id", "given_name", "family_name", "other_names",
      "sex", "date_of_birth", "age_years", "nationality", "place_of_origin", "father_name", "mother_name",
      "separation_date", "separation_place", "recorded_on", "recorded_in");

  private DescriptionReader() {}

  static List<Description> read(Path file) throws BadInputException {
    String name = file.toString();
    if (!Files.isReadable(file)) {
      throw new BadInputException(name + ": cannot read the file");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true).get();
    try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
        CSVParser parser = CSVParser.builder().setReader(skipBom(in)).setFormat(format).get()) {
      Map<String, Integer> columns = columns(parser, name);
      List<Values> rows = new ArrayList<>();
      long line = 2;
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new BadInputException(name + ": line " + (parser.getCurrentLineNumber() + 1)
              + ", column ?: malformed CSV (" + rootMessage(e) + ")");
        }
        if (r.size() == 1 && r.get(0).isEmpty() && columns.size() > 1) {
          line = parser.getCurrentLineNumber() + 1;
          continue;
        }
        if (r.size() != parser.getHeaderNames().size()) {
          throw new BadInputException(name + ": line " + line + ", column " + (r.size() + 1)
              + ": expected " + parser.getHeaderNames().size() + " columns, found " + r.size());
        }
        rows.add(new Values(r.values(), columns, name, line));
        line = parser.getCurrentLineNumber() + 1;
      }
      return describeAll(rows);
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": line ?, column ?: not valid UTF-8");
    } catch (IOException | UncheckedIOException e) {
      if (rootCause(e) instanceof CharacterCodingException) {
        throw new BadInputException(name + ": not valid UTF-8 text");
      }
      throw new BadInputException(name + ": line ?, column ?: " + rootMessage(e));
    }
  }

  private static Reader skipBom(Reader in) throws IOException {
    java.io.PushbackReader p = new java.io.PushbackReader(in, 1);
    int c = p.read();
    if (c != -1 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  private static Map<String, Integer> columns(CSVParser parser, String name) throws BadInputException {
    List<String> header = parser.getHeaderNames();
    if (header == null || header.isEmpty()) {
      throw new BadInputException(name + ": line 1, column 1: the file is empty; a header row is required");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i).trim().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(h) && columns.putIfAbsent(h, i) != null) {
        throw new BadInputException(name + ": line 1, column " + (i + 1) + " (" + h + "): column appears twice");
      }
    }
    if (!columns.containsKey("record_id")) {
      throw new BadInputException(name + ": line 1, column ?: the header has no record_id column");
    }
    return columns;
  }

  /**
   * The rows' descriptions, checked in parallel: checking dates and ages of a million rows is as costly as
   * parsing the file. The error reported is still the first in the file, as if checked row by row.
   */
  private static List<Description> describeAll(List<Values> rows) throws BadInputException {
    Object[] described = new Object[rows.size()];
    IntStream.range(0, rows.size()).parallel().forEach(i -> {
      try {
        described[i] = describe(rows.get(i));
      } catch (BadInputException e) {
        described[i] = e;
      }
    });
    List<Description> out = new ArrayList<>(rows.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < described.length; i++) {
      Values v = rows.get(i);
      String id = v.get("record_id");
      if (id == null) {
        throw v.bad("record_id", "empty record_id");
      }
      if (!ids.add(id)) {
        throw v.bad("record_id", "record_id '" + id + "' appears twice");
      }
      if (described[i] instanceof BadInputException e) {
        throw e;
      }
      out.add((Description) described[i]);
    }
    return out;
  }

  /** The description of one row, its record_id aside (which {@link #describeAll} checks across rows). */
  private static Description describe(Values v) throws BadInputException {
    String id = v.get("record_id");
    String sex = v.get("sex");
    try {
      Sex.parse(sex);
    } catch (IllegalArgumentException e) {
      throw v.bad("sex", e.getMessage());
    }
    for (String dateColumn : List.of("date_of_birth", "separation_date")) {
      try {
        FuzzyDate.parse(v.get(dateColumn));
      } catch (IllegalArgumentException e) {
        throw v.bad(dateColumn, e.getMessage());
      }
    }
    try {
      FuzzyDate.parseDay(v.get("recorded_on"));
    } catch (IllegalArgumentException e) {
      throw v.bad("recorded_on", e.getMessage());
    }
    String age = v.get("age_years");
    if (age != null) {
      try {
        double a = Double.parseDouble(age);
        if (a < 0 || a > 130 || Double.isNaN(a)) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw v.bad("age_years", "cannot read '" + age + "' as an age in years");
      }
    }
    return new Description(id, v.get("given_name"), v.get("family_name"), v.get("other_names"), sex,
        v.get("date_of_birth"), age, v.get("nationality"), v.get("place_of_origin"), v.get("father_name"),
        v.get("mother_name"), v.get("separation_date"), v.get("separation_place"), v.get("recorded_on"),
        v.get("recorded_in"));
  }

  private record Values(String[] cells, Map<String, Integer> columns, String file, long line) {
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= cells.length) {
        return null;
      }
      String s = cells[i].strip();
      return s.isEmpty() ? null : s;
    }

    BadInputException bad(String column, String problem) {
      return new BadInputException(file + ": line " + line + ", column " + (columns.get(column) + 1) + " ("
          + column + "): " + problem);
    }
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
