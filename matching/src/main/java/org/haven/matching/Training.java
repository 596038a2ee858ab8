package org.haven.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.haven.matching.compare.Field;
import org.haven.matching.model.Profile;
import org.haven.matching.score.Estimator;
import org.haven.matching.score.Model;

/**
 * Fits a model to the data at hand: u from random pairs (overall and within one nationality), m and the
 * share of matches by classification EM on the best-blocked candidate pairs, m kept near its defaults.
 */
final class Training {
  private static final int U_SAMPLES = 300_000;
  private static final int EM_QUERIES = 5_000;
  /** Only the best-blocked candidates, so that matches are not too rare for EM to find. */
  private static final int EM_CANDIDATES = 30;
  private static final long SEED = 20260127L;
  private static final double CERTAINTY = 0.99;
  private static final int EM_ITERATIONS = 10;
  private static final double MAX_MATCHES_PER_QUERY = 1.5;

  private final MatchIndex index;
  private final Estimator estimator = new Estimator();
  private static final double TRUST = 0.2;
  private static final int MIN_RECORDS = 300;
  private String report = "";
  private final List<String> kept = new ArrayList<>();

  Training(MatchIndex index) {
    this.index = index;
  }

  String report() {
    return report;
  }

  /** Model for linking {@code left} against the indexed {@code right}. */
  Model linkModel(List<Profile> left, List<Profile> right) {
    return fit(left, right, right.size());
  }

  /** Model for finding duplicates among the indexed descriptions. */
  Model dedupeModel(List<Profile> all, int population) {
    return fit(all, all, population);
  }

  private Model fit(List<Profile> queries, List<Profile> indexed, int population) {
    if (queries.size() < MIN_RECORDS || indexed.size() < MIN_RECORDS) {
      // Too few records to measure anything: random pairs would be full of true matches.
      report = "estimation: too few records, default model used";
      return Model.defaults(population).withPrior(Model.priorFor(1.0, Math.max(population, 2)));
    }
    Estimator.U u = estimator.estimateU(queries, indexed, U_SAMPLES, SEED);
    List<Profile> sample = new ArrayList<>(queries);
    Collections.shuffle(sample, new Random(SEED));
    List<Profile> em = sample.subList(0, Math.min(EM_QUERIES, sample.size()));
    int limit = EM_CANDIDATES;
    Map<Long, long[]> patterns = IntStream.range(0, em.size()).parallel()
        .mapToObj(i -> index.scoreCandidates(em.get(i), limit, true))
        .collect(HashMap::new, (map, list) -> list.forEach(s -> map.computeIfAbsent(s.pattern(),
            k -> new long[1])[0]++), (a, b) -> b.forEach((k, v) -> a.computeIfAbsent(k, x -> new long[1])[0] += v[0]));
    long pairs = patterns.values().stream().mapToLong(v -> v[0]).sum();
    Model start = Model.defaults(population);
    if (pairs < 100) {
      return start.withU(u.all(), u.sameNationality());
    }
    double pairPrior = Model.priorFor(1.0, Math.max(population, 2));
    Estimator.Em fit = estimator.crossFieldM(patterns, start.m(), u.sameNationality(), pairPrior, CERTAINTY,
        EM_ITERATIONS);
    double[][] m = trusted(fit.m(), start.m());
    double matchesPerQuery = fit.lambda() * pairs / em.size();
    // The share of matches is the least reliable estimate: brothers, sisters and namesakes look like matches
    // to EM, which finds about 2.2 per query where the synthetic truth has 1.05. A description has at most
    // one child's registrations to find, rarely more than one or two of them, so the estimate is kept
    // between 0.3 and 1.5. An estimate too high makes every probability over-confident, and `match` is the
    // decision that must be right (at 3 this bound let precision fall to 0.976 on varied data, 0.982 at 1.5).
    double prior = Model.priorFor(Math.max(0.3, Math.min(MAX_MATCHES_PER_QUERY, matchesPerQuery)),
        Math.max(population, 2));
    report = String.format(java.util.Locale.ROOT,
        "estimation: %d candidate pairs from %d queries, EM %d iterations, %.2f expected matches per query%s",
        pairs, em.size(), fit.iterations(), matchesPerQuery, kept.isEmpty() ? "" : ", defaults kept for " + kept);
    return start.withM(m).withU(u.all(), u.sameNationality()).withPrior(prior);
  }

  /**
   * Keeps the estimate of each field only within a trust region around the defaults (total variation at
   * most {@link #TRUST}). Unsupervised estimates go astray when fields are dependent, as they are among
   * relatives, and a wrong m silently costs precision; a default is a safer answer than a wild estimate.
   */
  private double[][] trusted(double[][] estimate, double[][] defaults) {
    double[][] m = new double[estimate.length][];
    kept.clear();
    for (int f = 0; f < estimate.length; f++) {
      double tv = 0;
      for (int l = 0; l < estimate[f].length; l++) {
        tv += Math.abs(estimate[f][l] - defaults[f][l]) / 2;
      }
      boolean ok = tv <= TRUST && plausible(f, estimate[f]);
      m[f] = ok ? estimate[f] : defaults[f];
      if (!ok) {
        kept.add(Field.ALL[f].label);
      }
    }
    return m;
  }

  private static boolean plausible(int field, double[] m) {
    // The same child agrees more often than it disagrees on every field.
    return m[0] + m[1] > m[m.length - 1];
  }


}
