package org.haven.bench.matching;

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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVRecord;
import org.haven.matching.Description;
import org.haven.matching.MatchIndex;

/**
 * Pairs completeness of the matching library's blocking, measured through its public API: the share of true
 * (request, registration) pairs that share at least one blocking key, and the share that the frequency-aware
 * candidate selection actually puts forward for full comparison. Writes {@code key=value} lines.
 *
 * <pre>  BlockingCompleteness --left REQUESTS.csv --right CHILDREN.csv --truth TRUTH_LINK.csv --out OUT [--threads N]</pre>
 */
public final class BlockingCompleteness {
  private BlockingCompleteness() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i].substring(2), args[i + 1]);
    long start = System.nanoTime();
    Map<String, List<String>> truth = new HashMap<>();
    Set<String> truthChildren = new HashSet<>();
    CsvDescriptions.forEach(Path.of(o.get("truth")), r -> {
      truth.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1));
      truthChildren.add(r.get(1));
    });
    MatchIndex index = new MatchIndex();
    List<Description> children = new ArrayList<>();
    CsvDescriptions.forEach(Path.of(o.get("right")), r -> children.add(description(r)));
    Map<String, Set<String>> childKeys = new HashMap<>();
    int threads = Integer.parseInt(o.getOrDefault("threads", "2"));
    ForkJoinPool pool = new ForkJoinPool(threads);
    pool.submit(() -> children.parallelStream().forEach(index::put)).get();
    for (Description d : children) {
      if (truthChildren.contains(d.recordId())) childKeys.put(d.recordId(), index.blockingKeys(d));
    }
    children.clear();
    double indexed = (System.nanoTime() - start) / 1e9;
    List<Description> requests = new ArrayList<>();
    CsvDescriptions.forEach(Path.of(o.get("left")), r -> requests.add(description(r)));
    AtomicLong pairs = new AtomicLong();
    AtomicLong sharedKey = new AtomicLong();
    AtomicLong selected = new AtomicLong();
    AtomicLong candidates = new AtomicLong();
    pool.submit(() -> requests.parallelStream().forEach(q -> {
      List<String> cand = index.candidateIds(q);
      candidates.addAndGet(cand.size());
      List<String> trueIds = truth.get(q.recordId());
      if (trueIds == null) return;
      Set<String> keys = index.queryKeys(q);
      Set<String> candSet = new HashSet<>(cand);
      for (String id : trueIds) {
        pairs.incrementAndGet();
        Set<String> ck = childKeys.get(id);
        if (ck != null && ck.stream().anyMatch(keys::contains)) sharedKey.incrementAndGet();
        if (candSet.contains(id)) selected.incrementAndGet();
      }
    })).get();
    pool.shutdown();
    StringBuilder b = new StringBuilder();
    b.append("truth_pairs=").append(pairs.get()).append('\n');
    b.append("pc_shared_key=").append(ratio(sharedKey.get(), pairs.get())).append('\n');
    b.append("pc_candidates=").append(ratio(selected.get(), pairs.get())).append('\n');
    b.append("candidates_per_request=").append(ratio(candidates.get(), requests.size())).append('\n');
    b.append("index_seconds=").append(String.format(Locale.ROOT, "%.1f", indexed)).append('\n');
    Files.writeString(Path.of(o.get("out")), b.toString(), StandardCharsets.UTF_8);
    System.err.print(b);
  }

  private static String ratio(long a, long b) {
    return String.format(Locale.ROOT, "%.4f", b == 0 ? Double.NaN : a / (double) b);
  }

  static Description description(CSVRecord r) {
    return Description.builder(r.get("record_id"))
        .givenName(CsvDescriptions.get(r, "given_name"))
        .familyName(CsvDescriptions.get(r, "family_name"))
        .otherNames(CsvDescriptions.get(r, "other_names"))
        .sex(CsvDescriptions.get(r, "sex"))
        .dateOfBirth(CsvDescriptions.get(r, "date_of_birth"))
        .ageYears(CsvDescriptions.get(r, "age_years"))
        .nationality(CsvDescriptions.get(r, "nationality"))
        .placeOfOrigin(CsvDescriptions.get(r, "place_of_origin"))
        .fatherName(CsvDescriptions.get(r, "father_name"))
        .motherName(CsvDescriptions.get(r, "mother_name"))
        .separationDate(CsvDescriptions.get(r, "separation_date"))
        .separationPlace(CsvDescriptions.get(r, "separation_place"))
        .recordedOn(CsvDescriptions.get(r, "recorded_on"))
        .recordedIn(CsvDescriptions.get(r, "recorded_in"))
        .build();
  }
}
