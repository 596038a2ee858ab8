package org.haven.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.haven.matching.normalize.NameDictionary;
import org.haven.matching.normalize.NameParser;
import org.haven.matching.normalize.PlaceGazetteer;

/**
 * What the matcher knows about names and places, kept as data so that a deployment can extend it: name
 * variants and nicknames ({@code names/variants.txt}), connective particles ({@code names/particles.txt}),
 * place aliases ({@code places/aliases.txt}) and the words that say what kind of place a name is
 * ({@code places/kinds.txt}: town, camp, district). Each file has one group per line, spellings separated by
 * commas, the first spelling naming the group; {@code #} starts a comment. Spellings may be in any script.
 */
public final class Knowledge {
  static final String VARIANTS = "names/variants.txt";
  static final String PARTICLES = "names/particles.txt";
  static final String PLACES = "places/aliases.txt";
  static final String KINDS_OF_PLACE = "places/kinds.txt";

  private final NameDictionary names = new NameDictionary();
  private final Set<String> particles = new HashSet<>();
  private final PlaceGazetteer places = new PlaceGazetteer();
  private final NameParser parser;

  private Knowledge(Path extraDirectory) {
    List<Source> sources = new ArrayList<>();
    sources.add(new Source(null));
    if (extraDirectory != null) {
      sources.add(new Source(extraDirectory));
    }
    for (Source s : sources) {
      s.read(PARTICLES, line -> particles.addAll(spellings(line)));
    }
    NameParser plain = new NameParser(particles, new NameDictionary());
    for (Source s : sources) {
      s.read(VARIANTS, line -> names.addGroup(spellings(line).stream()
          .map(v -> String.join("", plain.tokens(v))).filter(v -> !v.isEmpty()).toList()));
    }
    for (Source s : sources) {
      s.read(PLACES, line -> places.addPlace(spellings(line)));
      s.read(KINDS_OF_PLACE,
          line -> spellings(line).forEach(word -> plain.tokens(word).forEach(places::addKindOfPlace)));
    }
    parser = new NameParser(particles, names);
  }

  /** The knowledge shipped with the library. */
  public static Knowledge defaults() {
    return new Knowledge(null);
  }

  /**
   * The shipped knowledge extended with the files of the same names found under {@code directory}
   * (any of them may be absent).
   */
  public static Knowledge withExtra(Path directory) {
    return new Knowledge(directory);
  }

  /**
   * Adds one place under all its names, as a line of {@code places/aliases.txt} does: an application
   * brings its own gazetteer. Descriptions read afterwards see it.
   */
  public void addPlace(List<String> spellings) {
    places.addPlace(spellings);
  }

  /** Records that a place lies within another (a town in its district), where an application knows it. */
  public void addWithin(String place, String parent) {
    places.addWithin(place, parent);
  }

  public NameDictionary names() {
    return names;
  }

  public PlaceGazetteer places() {
    return places;
  }

  public NameParser parser() {
    return parser;
  }

  private static List<String> spellings(String line) {
    return Arrays.stream(line.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private record Source(Path directory) {
    void read(String name, Consumer<String> lines) {
      try (InputStream in = open(name)) {
        if (in == null) {
          return;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          int hash = line.indexOf('#');
          String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!content.isEmpty()) {
            lines.accept(content);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read knowledge file " + name, e);
      }
    }

    private InputStream open(String name) throws IOException {
      if (directory == null) {
        return Knowledge.class.getResourceAsStream(name);
      }
      Path p = directory.resolve(name);
      return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }
  }
}
