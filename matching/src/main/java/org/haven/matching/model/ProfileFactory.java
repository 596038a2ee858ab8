package org.haven.matching.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.haven.matching.Description;
import org.haven.matching.normalize.FuzzyDate;
import org.haven.matching.normalize.NameParser;
import org.haven.matching.normalize.PlaceGazetteer;
import org.haven.matching.normalize.Sex;
import org.haven.matching.normalize.Token;
import org.haven.matching.normalize.TokenTable;
import org.haven.matching.normalize.Transliteration;

/** Turns descriptions into profiles. Lenient: a value it cannot read counts as missing. Thread-safe. */
public final class ProfileFactory {
  /** Endings of East Slavic patronymics, as romanised in Ukrainian, Russian and German ways. */
  private static final List<String> PATRONYMIC_ENDINGS = List.of("owytsch", "ewytsch", "owitsch", "ewitsch",
      "ovych", "evych", "ovich", "evich", "ivna", "ovna", "evna", "iwna", "owna", "ewna");
  private final NameParser parser;
  private final PlaceGazetteer places;
  private final TokenTable tokens;
  private final TokenTable placeKeys = new TokenTable(new org.haven.matching.normalize.NameDictionary());
  private final ConcurrentHashMap<String, Place> placesByText = new ConcurrentHashMap<>();
  /** The gazetteer's version the cached places were read from; an application may extend it later. */
  private volatile int placesVersion;

  public ProfileFactory(NameParser parser, PlaceGazetteer places, TokenTable tokens) {
    this.parser = parser;
    this.places = places;
    this.tokens = tokens;
  }

  public Profile profile(Description d) {
    Token[] given = tokens(d.givenName());
    Token[] family = tokens(d.familyName());
    Token[] other = tokens(d.otherNames());
    if (given.length == 0 && family.length == 0 && other.length > 0) {
      given = new Token[] {other[0]};
      other = java.util.Arrays.copyOfRange(other, 1, other.length);
    }
    Token[] father = tokens(d.fatherName());
    if (father.length == 0) {
      father = fatherFromPatronymic(given, other);
    }
    LocalDate recorded = lenient(FuzzyDate::parseDay, d.recordedOn());
    return new Profile(d.recordId(), given, family, other, father, tokens(d.motherName()),
        sex(d.sex()), birth(d, recorded), code(d.nationality()), place(d.placeOfOrigin()),
        lenient(FuzzyDate::parse, d.separationDate()), place(d.separationPlace()), recorded);
  }

  /**
   * Ukrainian and Russian records carry the father's first name in the child's patronymic (Maksymovych,
   * Vasylivna, German Jaroslawowna), among the other names or after the given name. Where no father is
   * recorded it stands for him: two children of one name and family whose patronymics differ have different
   * fathers, and two whose patronymics agree share one.
   */
  private Token[] fatherFromPatronymic(Token[] given, Token[] other) {
    // The first given name is the child's own; a patronymic follows it or stands among the other names.
    List<Token> candidates = new ArrayList<>(List.of(other));
    candidates.addAll(List.of(given).subList(Math.min(1, given.length), given.length));
    for (Token t : candidates) {
      String stem = patronymicStem(t.text);
      if (stem != null) {
        return new Token[] {tokens.intern(stem)};
      }
    }
    return new Token[0];
  }

  private static String patronymicStem(String token) {
    for (String ending : PATRONYMIC_ENDINGS) {
      if (token.endsWith(ending) && token.length() - ending.length() >= 3) {
        return token.substring(0, token.length() - ending.length());
      }
    }
    return null;
  }

  /** Normalised tokens of a name, also used for keys an application stores for its own searches. */
  public List<Token> nameTokens(String raw) {
    List<Token> out = new ArrayList<>();
    boolean abjad = raw != null && Transliteration.isAbjad(raw) && !Transliteration.hasLatinLetter(raw);
    for (String t : parser.tokens(raw)) {
      out.add(abjad ? tokens.internAbjad(t) : tokens.intern(t));
    }
    return out;
  }

  private Token[] tokens(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Token[0];
    }
    Set<Token> seen = new LinkedHashSet<>(nameTokens(raw));
    return seen.toArray(new Token[0]);
  }

  private static byte sex(String s) {
    try {
      return Sex.parse(s);
    } catch (IllegalArgumentException e) {
      return Sex.UNKNOWN;
    }
  }

  /** The value, or null where the text cannot be read as one. */
  private static <T> T lenient(Function<String, T> parse, String s) {
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The birth date as written, else one estimated from the age on the day the description was taken. */
  private static FuzzyDate birth(Description d, LocalDate recorded) {
    FuzzyDate dob = lenient(FuzzyDate::parse, d.dateOfBirth());
    if (dob != null || recorded == null || d.ageYears() == null || d.ageYears().isBlank()) {
      return dob;
    }
    Double age = lenient(Double::valueOf, d.ageYears().trim());
    return age == null || age < 0 || age > 130 ? null : FuzzyDate.fromAge(age, recorded);
  }

  private static String code(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * Cached by the text as written, not by its folded spelling: texts of one spelling may break into other
   * words (Adi Grat and Adigrat), and the place of the first one seen would otherwise stand for all, so that
   * a run's output depended on which record its threads read first.
   */
  private Place place(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String text = s.trim();
    int version = places.version();
    if (version != placesVersion) {
      placesByText.clear();
      placesVersion = version;
    }
    Place cached = placesByText.get(text);
    if (cached != null) {
      return cached;
    }
    String spelling = PlaceGazetteer.key(text);
    if (spelling.isEmpty()) {
      return null;
    }
    return placesByText.computeIfAbsent(text, t -> {
      Token own = placeKeys.intern(spelling);
      String canonical = places.canonical(t);
      List<Token> within = places.containers(canonical).stream().map(placeKeys::intern).toList();
      List<Token> words = nameTokens(t).stream().filter(w -> !places.kindOfPlace(w.text)).toList();
      return new Place(TokenTable.newId(), canonical.equals(spelling) ? own : placeKeys.intern(canonical), own,
          within, words);
    });
  }
}
