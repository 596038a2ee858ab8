package org.haven.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Case bodies for the API made from rows of the matching interchange contract, mapped as
 * {@code bin/haven import cases} maps them, so that registrations through the API look like the imported
 * cases; and the names of rows, for name searches.
 */
final class CaseBodies {
  private CaseBodies() {}

  /** Up to {@code max} rows of the file, in file order. */
  static List<CSVRecord> read(Path file, int max) throws IOException {
    List<CSVRecord> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.builder().setReader(in)
             .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      for (CSVRecord r : parser) {
        if (rows.size() >= max) {
          break;
        }
        rows.add(r);
      }
    }
    return rows;
  }

  static String json(CSVRecord r) {
    StringBuilder b = new StringBuilder("{");
    text(b, "givenName", get(r, "given_name"));
    text(b, "familyName", get(r, "family_name"));
    String other = get(r, "other_names");
    if (other != null) {
      List<String> names = new ArrayList<>();
      for (String n : other.split(";")) {
        if (!n.isBlank()) {
          names.add(quote(n.strip()));
        }
      }
      b.append("\"otherNames\":[").append(String.join(",", names)).append("],");
    }
    String sex = get(r, "sex");
    sex = sex == null ? "unknown" : sex.toLowerCase(Locale.ROOT);
    b.append("\"sex\":").append(quote(sex.equals("f") ? "female" : sex.equals("m") ? "male" : sex)).append(',');
    text(b, "dateOfBirth", get(r, "date_of_birth"));
    String age = get(r, "age_years");
    if (age != null && age.matches("\\d{1,2}")) {
      b.append("\"ageYears\":").append(age).append(',');
    }
    String nationality = get(r, "nationality");
    if (nationality != null) {
      b.append("\"nationality\":[").append(quote(nationality)).append("],");
    }
    text(b, "placeOfOrigin", get(r, "place_of_origin"));
    List<String> family = new ArrayList<>();
    if (get(r, "father_name") != null) {
      family.add("{\"relationship\":\"father\",\"name\":" + quote(get(r, "father_name")) + "}");
    }
    if (get(r, "mother_name") != null) {
      family.add("{\"relationship\":\"mother\",\"name\":" + quote(get(r, "mother_name")) + "}");
    }
    if (!family.isEmpty()) {
      b.append("\"family\":[").append(String.join(",", family)).append("],");
    }
    String sepDate = get(r, "separation_date");
    String sepPlace = get(r, "separation_place");
    if (sepDate != null || sepPlace != null) {
      b.append("\"separation\":{");
      StringBuilder s = new StringBuilder();
      text(s, "date", sepDate);
      text(s, "place", sepPlace);
      b.append(s.length() > 0 ? s.substring(0, s.length() - 1) : "").append("},");
    }
    b.setLength(b.length() - 1);
    return b.append('}').toString();
  }

  /** The names of a row as a person would type them into a search box. */
  static String name(CSVRecord r) {
    String given = get(r, "given_name");
    String family = get(r, "family_name");
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
  }

  static String get(CSVRecord r, String column) {
    if (!r.isMapped(column)) {
      return null;
    }
    String v = r.get(column).strip();
    return v.isEmpty() ? null : v;
  }

  private static void text(StringBuilder b, String name, String value) {
    if (value != null) {
      b.append(quote(name)).append(':').append(quote(value)).append(',');
    }
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
