package org.haven.locations.hxl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haven.shared.FieldError;

/**
 * Where each level's P-code and names are, found by HXL tag rather than by header text, so that files
 * with any column order, extra columns or other header wording read the same.
 */
final class AdminColumns {
  static final int MAX_LEVEL = 5;

  record NameColumn(int index, String language) {}

  record Level(int level, int code, NameColumn name, List<NameColumn> aliases) {}

  private final Map<Integer, Level> levels;

  private AdminColumns(Map<Integer, Level> levels) {
    this.levels = levels;
  }

  /** The levels the file has a code column for, top down. */
  List<Level> levels() {
    return List.copyOf(levels.values());
  }

  static String hashtagOf(int level) {
    return level == 0 ? "country" : "adm" + level;
  }

  static AdminColumns of(List<HxlTag> tags, long line, List<FieldError> errors) {
    Map<Integer, Level> levels = new TreeMap<>();
    for (int level = 0; level <= MAX_LEVEL; level++) {
      String hashtag = hashtagOf(level);
      Integer code = null;
      List<Integer> names = new ArrayList<>();
      for (int i = 0; i < tags.size(); i++) {
        HxlTag tag = tags.get(i);
        if (tag == null || !tag.hashtag().equals(hashtag)) {
          continue;
        }
        if (tag.has("code") && (code == null || preferredCode(level, tag))) {
          code = i;
        } else if (tag.has("name")) {
          names.add(i);
        }
      }
      if (code == null) {
        if (!names.isEmpty()) {
          errors.add(new FieldError(Cells.at(line, names.get(0)),
              "#" + hashtag + "+name needs a #" + hashtag + "+code column: units are identified by their P-code"));
        }
        continue;
      }
      if (names.isEmpty() && level > 0) {
        errors.add(new FieldError(Cells.at(line, code), "#" + hashtag + "+code needs a #" + hashtag + "+name column"));
        continue;
      }
      levels.put(level, level(level, code, names, tags));
    }
    if (!levels.containsKey(0)) {
      errors.add(new FieldError("line " + line, "a #country+code column is required"));
    }
    if (levels.size() < 2 && errors.isEmpty()) {
      errors.add(new FieldError("line " + line, "no administrative level: expected #adm1+code (and #adm2+code ...)"));
    }
    return new AdminColumns(levels);
  }

  // Files often carry several codes of a level; the P-code (or for countries the ISO alpha-3) is the key.
  private static boolean preferredCode(int level, HxlTag tag) {
    return level == 0 ? tag.has("v_iso3") : tag.has("v_pcode");
  }

  // The name without language or +alt is the unit's name; failing that the English one, else the first.
  private static Level level(int level, int code, List<Integer> names, List<HxlTag> tags) {
    Integer primary = null;
    for (int i : names) {
      if (primary == null && tags.get(i).language() == null && !tags.get(i).has("alt")) {
        primary = i;
      }
    }
    for (int i : names) {
      if (primary == null && "en".equals(tags.get(i).language()) && !tags.get(i).has("alt")) {
        primary = i;
      }
    }
    if (primary == null && !names.isEmpty()) {
      primary = names.get(0);
    }
    List<NameColumn> aliases = new ArrayList<>();
    for (int i : names) {
      if (primary != i) {
        aliases.add(new NameColumn(i, tags.get(i).language()));
      }
    }
    NameColumn name = primary == null ? null : new NameColumn(primary, tags.get(primary).language());
    return new Level(level, code, name, aliases);
  }
}
