package org.haven.bench.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.JaroWinklerTokenized;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.CSVDataSource;
import no.priv.garshol.duke.datasources.Column;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 run on the same files, with a configuration a careful user would write for this data: one property
 * per field with a comparator that suits it, names looked up in Lucene, accents and case folded, and every match
 * above the threshold reported (a request may have several registrations). Output has the matching contract's
 * columns, so the same scorer reads it.
 *
 * <pre>
 *   DukeEngine link --left REQUESTS.csv --right CHILDREN.csv --out OUT.csv [--threads N] [--max-search-hits N]
 *   DukeEngine dedupe --input CHILDREN.csv --out OUT.csv [--threads N] [--max-search-hits N]
 *   (also --threshold P and --maybe-threshold P)
 * </pre>
 */
public final class DukeEngine {
  /** Chosen on held-out data (seed 2, 20,000 x 2,000) for the best F1 of matches. */
  static final double MATCH_THRESHOLD = 0.97;
  /** Chosen on the same held-out data for about three output rows per request, as the Haven matcher allows. */
  static final double MAYBE_THRESHOLD = 0.93;
  static final int DEFAULT_MAX_SEARCH_HITS = 100;

  private DukeEngine() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) o.put(args[i].substring(2), args[i + 1]);
    boolean link = args[0].equals("link");
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    int hits = Integer.parseInt(o.getOrDefault("max-search-hits", String.valueOf(DEFAULT_MAX_SEARCH_HITS)));
    long start = System.nanoTime();
    ConfigurationImpl config = configuration(
        Double.parseDouble(o.getOrDefault("threshold", String.valueOf(MATCH_THRESHOLD))),
        Double.parseDouble(o.getOrDefault("maybe-threshold", String.valueOf(MAYBE_THRESHOLD))));
    LuceneDatabase db = new LuceneDatabase();
    db.setMaxSearchHits(hits);
    // Fuzzy Lucene search costs about ten times the time for a few points of recall; off, as Duke's docs advise.
    db.setFuzzySearch(Boolean.parseBoolean(o.getOrDefault("fuzzy", "false")));
    db.setConfiguration(config);
    config.setDatabase(db);
    Set<String> leftIds = new HashSet<>();
    if (link) {
      config.addDataSource(1, source(Path.of(o.get("right"))));
      config.addDataSource(2, source(Path.of(o.get("left"))));
      try (var lines = Files.lines(Path.of(o.get("left")), StandardCharsets.UTF_8)) {
        lines.skip(1).forEach(l -> leftIds.add(l.substring(0, l.indexOf(','))));
      }
    } else {
      config.addDataSource(0, source(Path.of(o.get("input"))));
    }
    Path out = Path.of(o.get("out"));
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write("left_id,right_id,probability,decision,explanation\n");
      Processor processor = new Processor(config, db);
      processor.setThreads(threads);
      Writer writer = new Writer(w, link ? leftIds : null);
      processor.addMatchListener(writer);
      if (link) {
        processor.link(config.getDataSources(1), config.getDataSources(2), true, 40000);
      } else {
        processor.deduplicate();
      }
      processor.close();
      System.err.printf(Locale.ROOT, "duke: %d pairs written, %d comparisons, %.1f s%n", writer.rows,
          processor.getComparisonCount(), (System.nanoTime() - start) / 1e9);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static ConfigurationImpl configuration(double threshold, double maybeThreshold) {
    ConfigurationImpl c = new ConfigurationImpl();
    List<Property> props = new ArrayList<>();
    props.add(new PropertyImpl("ID"));
    props.add(property("GIVEN", new JaroWinkler(), 0.2, 0.8, true));
    props.add(property("FAMILY", new JaroWinkler(), 0.25, 0.8, true));
    props.add(property("OTHER", new JaroWinklerTokenized(), 0.4, 0.6, true));
    props.add(property("FATHER", new JaroWinklerTokenized(), 0.3, 0.75, true));
    props.add(property("MOTHER", new JaroWinklerTokenized(), 0.4, 0.65, false));
    props.add(property("DOB", new Levenshtein(), 0.25, 0.8, false));
    props.add(property("SEX", new ExactComparator(), 0.05, 0.52, false));
    props.add(property("NATIONALITY", new ExactComparator(), 0.3, 0.52, false));
    props.add(property("PLACE", new JaroWinkler(), 0.4, 0.55, false));
    c.setProperties(props);
    c.setThreshold(threshold);
    c.setMaybeThreshold(maybeThreshold);
    return c;
  }

  private static Property property(String name, Comparator cmp, double low, double high, boolean lookup) {
    PropertyImpl p = new PropertyImpl(name, cmp, low, high);
    p.setLookupBehaviour(lookup ? Property.Lookup.TRUE : Property.Lookup.FALSE);
    return p;
  }

  private static CSVDataSource source(Path file) {
    CSVDataSource s = new CSVDataSource();
    s.setInputFile(file.toString());
    s.setEncoding("UTF-8");
    s.setHeaderLine(true);
    LowerCaseNormalizeCleaner fold = new LowerCaseNormalizeCleaner();
    fold.setStripAccents(true);
    s.addColumn(new Column("record_id", "ID", null, null));
    s.addColumn(new Column("given_name", "GIVEN", null, fold));
    s.addColumn(new Column("family_name", "FAMILY", null, fold));
    s.addColumn(new Column("other_names", "OTHER", null, fold));
    s.addColumn(new Column("father_name", "FATHER", null, fold));
    s.addColumn(new Column("mother_name", "MOTHER", null, fold));
    s.addColumn(new Column("date_of_birth", "DOB", null, null));
    s.addColumn(new Column("sex", "SEX", null, new SexCleaner()));
    s.addColumn(new Column("nationality", "NATIONALITY", null, null));
    s.addColumn(new Column("place_of_origin", "PLACE", null, fold));
    return s;
  }

  /** Folds m/f/M/F to the contract's words, so Duke's exact comparison is not defeated by abbreviations. */
  public static final class SexCleaner implements no.priv.garshol.duke.Cleaner {
    @Override
    public String clean(String v) {
      if (v == null) return null;
      String s = v.trim().toLowerCase(Locale.ROOT);
      return switch (s) {
        case "m" -> "male";
        case "f" -> "female";
        case "", "unknown" -> null;
        default -> s;
      };
    }
  }

  private static final class Writer extends AbstractMatchListener {
    private final BufferedWriter out;
    private final Set<String> leftIds;
    long rows;

    Writer(BufferedWriter out, Set<String> leftIds) {
      this.out = out;
      this.leftIds = leftIds;
    }

    @Override
    public synchronized void matches(Record r1, Record r2, double confidence) {
      write(r1, r2, confidence, "match");
    }

    @Override
    public synchronized void matchesPerhaps(Record r1, Record r2, double confidence) {
      write(r1, r2, confidence, "review");
    }

    private void write(Record r1, Record r2, double confidence, String decision) {
      String a = r1.getValue("ID");
      String b = r2.getValue("ID");
      if (leftIds != null && !leftIds.contains(a)) {
        String t = a;
        a = b;
        b = t;
      }
      try {
        out.write(a + "," + b + "," + String.format(Locale.ROOT, "%.4f", confidence) + "," + decision + ",\n");
        rows++;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
