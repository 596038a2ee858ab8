package org.haven.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Names, places, countries and routes, read from the tab-separated files under {@code org/haven/synth}. */
final class Vocabulary {
  enum Kind { MALE, FEMALE, FAMILY }

  private final Map<Culture, Map<Kind, Weighted<NameEntry>>> names = new EnumMap<>(Culture.class);
  private final Map<String, Country> countries = new HashMap<>();
  private final Weighted<Route> routes = new Weighted<>();
  private int nextNameId;

  static Vocabulary load() {
    return load(Variation.SHIPPED);
  }

  static Vocabulary load(Variation variation) {
    Vocabulary v = new Vocabulary();
    for (Culture c : Culture.values()) {
      Map<Kind, Weighted<NameEntry>> byKind = new EnumMap<>(Kind.class);
      for (Kind k : Kind.values()) {
        String file = "names/" + c.resourcePrefix + "-" + k.name().toLowerCase() + ".tsv";
        Weighted<NameEntry> list = new Weighted<>();
        if (exists(file)) v.readNames(file, list);
        byKind.put(k, list);
      }
      v.names.put(c, byKind);
    }
    readLines("countries.tsv", f -> v.countries.put(f[0],
        new Country(f[0], Convention.valueOf(f[1]), Script.valueOf(f[2]))));
    Map<String, Weighted<String[]>> places = new HashMap<>();
    readLines("places.tsv", f -> places.computeIfAbsent(f[0], x -> new Weighted<>())
        .add(f[2].split(";"), Double.parseDouble(f[1])));
    readLines("routes.tsv", f -> {
      List<String[]> separation = new ArrayList<>();
      for (String place : f[5].split(";")) separation.add(place.split("\\|"));
      Route r = new Route(f[0], Culture.valueOf(f[1]), v.countryWeights(f[3]), v.countryWeights(f[4]),
          separation, places.getOrDefault(f[0], new Weighted<>()));
      v.routes.add(r, Double.parseDouble(f[2]) * variation.shareFactor(f[0]));
    });
    return v;
  }

  Weighted<NameEntry> names(Culture culture, Kind kind) {
    return names.get(culture).get(kind);
  }

  Weighted<Route> routes() {
    return routes;
  }

  Route route(String nationality) {
    for (Route r : routes.items()) if (r.nationality().equals(nationality)) return r;
    throw new IllegalArgumentException(nationality);
  }

  private Weighted<Country> countryWeights(String spec) {
    Weighted<Country> w = new Weighted<>();
    for (String part : spec.split(";")) {
      String[] kv = part.split(":");
      Country c = countries.get(kv[0]);
      if (c == null) throw new IllegalStateException("country " + kv[0] + " missing from countries.tsv");
      w.add(c, Double.parseDouble(kv[1]));
    }
    return w;
  }

  private void readNames(String file, Weighted<NameEntry> into) {
    readLines(file, f -> {
      String nativeForm = f.length > 2 ? f[2].trim() : "";
      String[] variants = f.length > 3 && !f[3].isBlank() ? f[3].split(";") : new String[0];
      String[] nicknames = f.length > 4 && !f[4].isBlank() ? f[4].split(";") : new String[0];
      into.add(new NameEntry(nextNameId++, f[1].trim(), nativeForm, variants, nicknames), Double.parseDouble(f[0]));
    });
  }

  private static boolean exists(String file) {
    return Vocabulary.class.getResource(file) != null;
  }

  private static void readLines(String file, Consumer<String[]> row) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
      if (in == null) throw new IllegalStateException("missing resource " + file);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }
}
