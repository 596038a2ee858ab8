package org.haven.locations.hxl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.locations.LocationAlias;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;

/**
 * Reads an HXL-tagged CSV of administrative areas (OCHA COD-AB tabular data): optional header rows, a row
 * of hashtags, then one row per unit that also names the unit's ancestors. The whole file is checked
 * before anything is returned, so an import either takes every unit or none; errors name line and column.
 */
public final class HxlAdminAreaReader {
  static final int MAX_ERRORS = 50;
  static final int MAX_NAME = 200;
  /** HXL lets a few title or header rows precede the hashtag row. */
  static final int HASHTAG_ROW_SEARCH = 25;
  private static final Pattern PCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

  private final CountryCodes countries = new CountryCodes();

  /** The units of the file, parents before children; a bad file throws with every error found. */
  public List<AdminUnit> read(Reader reader) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, AdminUnit> units = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    long line = 0;
    try (CSVParser csv = CSVParser.parse(reader, format)) {
      AdminColumns columns = null;
      for (CSVRecord record : csv) {
        line = record.getRecordNumber();
        if (columns == null) {
          columns = hashtagRow(record, errors);
          if (columns == null && line >= HASHTAG_ROW_SEARCH) {
            break;
          }
          if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
          }
          continue;
        }
        if (!isBlank(record)) {
          readRow(record, columns, units, errors);
        }
        if (errors.size() >= MAX_ERRORS) {
          break;
        }
      }
      if (columns == null) {
        errors.add(new FieldError("file", "has no row of HXL hashtags (such as #adm1+code) in its first "
            + HASHTAG_ROW_SEARCH + " lines"));
      } else if (units.isEmpty() && errors.isEmpty()) {
        errors.add(new FieldError("file", "has no data rows after the hashtag row"));
      }
    } catch (UncheckedIOException e) {
      errors.add(new FieldError("line " + (line + 1), e.getCause() instanceof CharacterCodingException
          ? "is not text in the declared encoding (UTF-8 unless the Content-Type says otherwise)"
          : "is not well-formed CSV (check quotes)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }
    return units.values().stream()
        .sorted(java.util.Comparator.comparingInt(AdminUnit::level)).toList();
  }

  /** The columns, when this record is the hashtag row; null while header rows precede it. */
  private static AdminColumns hashtagRow(CSVRecord record, List<FieldError> errors) {
    boolean tagged = false;
    for (String cell : record) {
      tagged |= cell.strip().startsWith("#");
    }
    if (!tagged) {
      return null;
    }
    List<HxlTag> tags = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      String cell = record.get(i);
      if (!cell.strip().startsWith("#")) {
        // Untagged columns are not part of the data HXL describes; they are skipped.
        tags.add(null);
        continue;
      }
      Optional<HxlTag> tag = HxlTag.parse(cell);
      if (tag.isEmpty()) {
        errors.add(new FieldError(Cells.at(record.getRecordNumber(), i),
            "'" + abbreviate(cell) + "' is not a valid HXL hashtag (#tag+attribute, letters, digits and _)"));
      }
      tags.add(tag.orElse(null));
    }
    return AdminColumns.of(tags, record.getRecordNumber(), errors);
  }

  private void readRow(CSVRecord record, AdminColumns columns, Map<String, AdminUnit> units, List<FieldError> errors) {
    long line = record.getRecordNumber();
    String parent = null;
    String country = null;
    Integer gap = null;
    for (AdminColumns.Level level : columns.levels()) {
      String pcode = cell(record, level.code());
      if (pcode.isEmpty()) {
        if (level.name() != null && !cell(record, level.name().index()).isEmpty()) {
          errors.add(new FieldError(Cells.at(line, level.code()), "is empty, but the unit's name is given"));
          return;
        }
        if (gap == null) {
          gap = level.code();
        }
        continue;
      }
      if (gap != null) {
        errors.add(new FieldError(Cells.at(line, gap), "is empty, but a unit below it is given on this line"));
        return;
      }
      if (!PCODE.matcher(pcode).matches()) {
        errors.add(new FieldError(Cells.at(line, level.code()),
            "'" + abbreviate(pcode) + "' is not a P-code (letters, digits, '.', '-', '_'; at most 40)"));
        return;
      }
      if (level.level() == 0) {
        country = countries.alpha3(pcode);
        if (country == null) {
          errors.add(new FieldError(Cells.at(line, level.code()),
              "'" + pcode + "' is not an ISO 3166-1 country code (alpha-2 or alpha-3)"));
          return;
        }
        pcode = pcode.toUpperCase(Locale.ROOT);
      }
      String name = level.name() == null ? "" : cell(record, level.name().index());
      if (name.isEmpty() && level.level() == 0) {
        name = countries.englishName(country);
      }
      if (name.isEmpty()) {
        errors.add(new FieldError(Cells.at(line, level.name().index()), "the name of unit " + pcode + " is empty"));
        return;
      }
      if (name.length() > MAX_NAME) {
        errors.add(new FieldError(Cells.at(line, level.name().index()), "must be at most " + MAX_NAME + " characters"));
        return;
      }
      AdminUnit unit = new AdminUnit(pcode, name, level.level(), parent, country, aliases(record, level, name), line);
      if (!merge(units, unit, level, errors)) {
        return;
      }
      parent = pcode;
    }
  }

  /** Adds the unit, or checks it against the same P-code on an earlier line and adds its new aliases. */
  private static boolean merge(Map<String, AdminUnit> units, AdminUnit unit, AdminColumns.Level level,
      List<FieldError> errors) {
    AdminUnit known = units.get(unit.pcode());
    if (known == null) {
      units.put(unit.pcode(), unit);
      return true;
    }
    String where = Cells.at(unit.line(), level.code());
    if (known.level() != unit.level()) {
      errors.add(new FieldError(where, "P-code " + unit.pcode() + " is at level " + known.level() + " on line "
          + known.line()));
      return false;
    }
    if (!java.util.Objects.equals(known.parentPcode(), unit.parentPcode())) {
      errors.add(new FieldError(where, "P-code " + unit.pcode() + " has parent " + known.parentPcode() + " on line "
          + known.line() + ", here " + unit.parentPcode()));
      return false;
    }
    if (!known.name().equals(unit.name())) {
      errors.add(new FieldError(Cells.at(unit.line(), level.name().index()), "P-code " + unit.pcode()
          + " is named '" + abbreviate(known.name()) + "' on line " + known.line()));
      return false;
    }
    Set<LocationAlias> aliases = new LinkedHashSet<>(known.aliases());
    aliases.addAll(unit.aliases());
    if (aliases.size() > known.aliases().size()) {
      units.put(unit.pcode(), new AdminUnit(known.pcode(), known.name(), known.level(), known.parentPcode(),
          known.country(), List.copyOf(aliases), known.line()));
    }
    return true;
  }

  private static List<LocationAlias> aliases(CSVRecord record, AdminColumns.Level level, String name) {
    Map<String, LocationAlias> aliases = new LinkedHashMap<>();
    for (AdminColumns.NameColumn column : level.aliases()) {
      String alias = cell(record, column.index());
      if (!alias.isEmpty() && !alias.equals(name) && alias.length() <= MAX_NAME) {
        aliases.putIfAbsent(alias, new LocationAlias(alias, column.language()));
      }
    }
    return List.copyOf(aliases.values());
  }

  private static String cell(CSVRecord record, int index) {
    return index < record.size() ? record.get(index).strip() : "";
  }

  private static boolean isBlank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
