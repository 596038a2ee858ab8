package org.haven.bench.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.csv.CSVRecord;

/**
 * Primero's tracing-request matcher as its code works (MatchingService): a full-text OR query of every matchable
 * field with field boosts (names 15, sex 10, age 10, date of birth 5, relation names 10, nationality 3, others 1),
 * names indexed as lower-case words plus injected Double Metaphone codes, no fuzziness, no date or age tolerance,
 * no transliteration. Scored with Lucene's classic TF-IDF; top 20; each score divided by the best; hits at or
 * below 0.1 dropped; "likely" if the normalised score exceeds the mean by more than 0.7 or it is the only hit,
 * otherwise "possible". Likely is written as {@code match}, possible as {@code review}.
 *
 * <p>Simplification: candidates are the records sharing a name, relation-name, date or place term with the
 * request; sex, age and nationality (terms too frequent to rank on their own) then add their boosts. A record
 * sharing none of those terms could only rank through sex, age and nationality and never reaches the top 20
 * where any name term matches.
 */
public final class PrimeroEngine {
  private static final int TOP = 20;
  private static final float NAME = 15f;
  private static final float SEX = 10f;
  private static final float AGE = 10f;
  private static final float DOB = 5f;
  private static final float RELATION = 10f;
  private static final float NATIONALITY = 3f;
  private static final float OTHER = 1f;

  private final Map<String, int[]> postings = new HashMap<>();
  private final Map<String, Integer> postingSize = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<String> sexList = new ArrayList<>();
  private final List<String> ageList = new ArrayList<>();
  private final List<String> nationalityList = new ArrayList<>();
  private final List<Float> nameNormList = new ArrayList<>();
  private float[] nameNorms;
  private String[] sexes;
  private String[] ages;
  private String[] nationalities;
  private final DoubleMetaphone metaphone = new DoubleMetaphone();

  private PrimeroEngine() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) o.put(args[i].substring(2), args[i + 1]);
    long start = System.nanoTime();
    PrimeroEngine engine = new PrimeroEngine();
    CsvDescriptions.forEach(Path.of(o.get("right")), engine::index);
    engine.trim();
    List<CSVRecord> queries = new ArrayList<>();
    CsvDescriptions.forEach(Path.of(o.get("left")), queries::add);
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    String[] rows = new String[queries.size()];
    AtomicInteger done = new AtomicInteger();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    pool.submit(() -> IntStream.range(0, queries.size()).parallel().forEach(i -> {
      rows[i] = engine.match(queries.get(i));
      if (done.incrementAndGet() % 20000 == 0) System.err.println("primero: " + done.get() + " requests");
    })).get();
    pool.shutdown();
    Path out = Path.of(o.get("out"));
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("left_id,right_id,probability,decision,explanation\n");
      for (String r : rows) w.write(r);
    }
    System.err.printf(Locale.ROOT, "primero: %d requests against %d records in %.1f s%n", queries.size(),
        engine.ids.size(), (System.nanoTime() - start) / 1e9);
  }

  private void index(CSVRecord r) {
    int doc = ids.size();
    ids.add(r.get("record_id"));
    List<String> names = nameTerms(CsvDescriptions.get(r, "given_name"), CsvDescriptions.get(r, "family_name"),
        CsvDescriptions.get(r, "other_names"));
    for (String t : names) post("n:" + t, doc);
    nameNormList.add((float) (1 / Math.sqrt(Math.max(1, names.size()))));
    for (String t : nameTerms(CsvDescriptions.get(r, "father_name"), CsvDescriptions.get(r, "mother_name"))) {
      post("r:" + t, doc);
    }
    String dob = CsvDescriptions.get(r, "date_of_birth");
    if (!dob.isEmpty()) post("d:" + dob, doc);
    for (String t : words(CsvDescriptions.get(r, "place_of_origin"))) post("p:" + t, doc);
    for (String t : words(CsvDescriptions.get(r, "separation_place"))) post("p:" + t, doc);
    String sep = CsvDescriptions.get(r, "separation_date");
    if (!sep.isEmpty()) post("s:" + sep, doc);
    sexList.add(sex(CsvDescriptions.get(r, "sex")).intern());
    ageList.add(age(r).intern());
    nationalityList.add(CsvDescriptions.get(r, "nationality").intern());
  }

  private void post(String term, int doc) {
    int[] list = postings.get(term);
    int size = postingSize.getOrDefault(term, 0);
    if (list == null) {
      list = new int[2];
    } else if (size == list.length) {
      list = Arrays.copyOf(list, size * 2);
    }
    if (size > 0 && list[size - 1] == doc) return;
    list[size] = doc;
    postings.put(term, list);
    postingSize.put(term, size + 1);
  }

  private void trim() {
    postings.replaceAll((t, l) -> Arrays.copyOf(l, postingSize.get(t)));
    postingSize.clear();
    nameNorms = new float[nameNormList.size()];
    for (int i = 0; i < nameNorms.length; i++) nameNorms[i] = nameNormList.get(i);
    nameNormList.clear();
    sexes = sexList.toArray(new String[0]);
    ages = ageList.toArray(new String[0]);
    nationalities = nationalityList.toArray(new String[0]);
    sexList.clear();
    ageList.clear();
    nationalityList.clear();
  }

  private final ThreadLocal<float[]> scores = new ThreadLocal<>();

  private String match(CSVRecord q) {
    int n = ids.size();
    float[] score = scores.get();
    if (score == null) {
      score = new float[n];
      scores.set(score);
    }
    int[] touched = new int[1024];
    int count = 0;
    List<String[]> clauses = new ArrayList<>();
    for (String t : nameTerms(CsvDescriptions.get(q, "given_name"), CsvDescriptions.get(q, "family_name"),
        CsvDescriptions.get(q, "other_names"))) clauses.add(new String[] {"n:" + t, "N"});
    for (String t : nameTerms(CsvDescriptions.get(q, "father_name"), CsvDescriptions.get(q, "mother_name"))) {
      clauses.add(new String[] {"r:" + t, "R"});
    }
    String dob = CsvDescriptions.get(q, "date_of_birth");
    if (!dob.isEmpty()) clauses.add(new String[] {"d:" + dob, "D"});
    for (String t : words(CsvDescriptions.get(q, "place_of_origin"))) clauses.add(new String[] {"p:" + t, "O"});
    for (String t : words(CsvDescriptions.get(q, "separation_place"))) clauses.add(new String[] {"p:" + t, "O"});
    String sep = CsvDescriptions.get(q, "separation_date");
    if (!sep.isEmpty()) clauses.add(new String[] {"s:" + sep, "O"});
    for (String[] c : clauses) {
      int[] list = postings.get(c[0]);
      if (list == null) continue;
      float idf = idf(list.length, n);
      boolean name = c[1].equals("N");
      float boost = switch (c[1]) {
        case "N" -> NAME;
        case "R" -> RELATION;
        case "D" -> DOB;
        default -> OTHER;
      };
      float weight = boost * idf * idf;
      for (int doc : list) {
        if (score[doc] == 0f) {
          if (count == touched.length) touched = Arrays.copyOf(touched, count * 2);
          touched[count++] = doc;
        }
        score[doc] += name ? weight * nameNorms[doc] : weight;
      }
    }
    String qSex = sex(CsvDescriptions.get(q, "sex"));
    String qAge = age(q);
    String qNat = CsvDescriptions.get(q, "nationality");
    float sexIdf = 1.7f;
    float ageIdf = 3.0f;
    float natIdf = 2.0f;
    int[] best = new int[TOP];
    float[] bestScore = new float[TOP];
    int kept = 0;
    int weakest = 0;
    for (int i = 0; i < count; i++) {
      int doc = touched[i];
      float s = score[doc];
      score[doc] = 0f;
      if (!qSex.isEmpty() && qSex.equals(sexes[doc])) s += SEX * sexIdf * sexIdf;
      if (!qAge.isEmpty() && qAge.equals(ages[doc])) s += AGE * ageIdf * ageIdf;
      if (!qNat.isEmpty() && qNat.equals(nationalities[doc])) s += NATIONALITY * natIdf * natIdf;
      if (kept < TOP) {
        best[kept] = doc;
        bestScore[kept++] = s;
        if (kept == TOP) weakest = weakest(bestScore);
      } else if (s > bestScore[weakest]) {
        best[weakest] = doc;
        bestScore[weakest] = s;
        weakest = weakest(bestScore);
      }
    }
    return label(q.get("record_id"), best, bestScore, kept);
  }

  private static int weakest(float[] scores) {
    int min = 0;
    for (int k = 1; k < scores.length; k++) if (scores[k] < scores[min]) min = k;
    return min;
  }

  private String label(String requestId, int[] best, float[] bestScore, int kept) {
    if (kept == 0) return "";
    float max = 0;
    for (int i = 0; i < kept; i++) max = Math.max(max, bestScore[i]);
    List<Integer> hits = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < kept; i++) {
      if (bestScore[i] / max > 0.1) {
        hits.add(i);
        sum += bestScore[i] / max;
      }
    }
    double mean = sum / hits.size();
    StringBuilder b = new StringBuilder();
    for (int i : hits) {
      double norm = bestScore[i] / max;
      boolean likely = hits.size() == 1 || norm - mean > 0.7;
      b.append(requestId).append(',').append(ids.get(best[i])).append(',')
          .append(String.format(Locale.ROOT, "%.4f", norm)).append(',').append(likely ? "match" : "review")
          .append(",\n");
    }
    return b.toString();
  }

  private static float idf(int df, int n) {
    return (float) (1 + Math.log(n / (double) (df + 1)));
  }

  private List<String> nameTerms(String... fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      for (String w : words(f)) {
        out.add(w);
        String code = metaphone.doubleMetaphone(w);
        if (code != null && !code.isEmpty()) out.add("#" + code);
      }
    }
    return out;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  private static String sex(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    return v.startsWith("m") ? "male" : v.startsWith("f") ? "female" : "";
  }

  /** Age as text, the way Primero matches it: from the recorded age, else from the birth year. */
  private static String age(CSVRecord r) {
    String a = CsvDescriptions.get(r, "age_years").trim();
    if (!a.isEmpty()) return a;
    String dob = CsvDescriptions.get(r, "date_of_birth");
    String on = CsvDescriptions.get(r, "recorded_on");
    if (dob.length() >= 4 && on.length() >= 4) {
      try {
        return Integer.toString(Integer.parseInt(on.substring(0, 4)) - Integer.parseInt(dob.substring(0, 4)));
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return "";
  }
}
