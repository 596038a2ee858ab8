package org.haven.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.haven.matching.model.Profile;
import org.haven.matching.score.Model;

/**
 * Batch linkage of whole files: every left description against all right descriptions ({@link #link}), or
 * every description against all others ({@link #dedupe}). The model is estimated from the data of each run.
 */
public final class Linker {
  /**
   * Tuning of a run.
   *
   * @param matchThreshold probability at or above which a pair is a match
   * @param matchErrorRate of a link, the expected share of wrong matches within which pairs below
   *     {@code matchThreshold} are matches too: the most likely pairs of the run, down to where the mean of
   *     their chances of being wrong would exceed this rate, but never below {@link #LOWEST_MATCH}; 0 for
   *     the fixed threshold alone
   * @param reviewThreshold probability at or above which a pair goes to review
   * @param maxRowsPerLeft review pairs are kept, best first, only while a left description has fewer rows
   *     than this (matches are always kept)
   * @param averageRowsPerLeft of a link, at most this many rows per left description on average: when the
   *     review pairs would exceed it, the least likely of them, over all left descriptions, are dropped;
   *     0 for no such limit
   * @param candidatesPerQuery candidates compared in full per description after blocking
   * @param threads worker threads
   */
  public record Settings(double matchThreshold, double matchErrorRate, double reviewThreshold,
      int maxRowsPerLeft, double averageRowsPerLeft, int candidatesPerQuery, int threads) {
    public Settings {
      if (maxRowsPerLeft < 0 || averageRowsPerLeft < 0 || candidatesPerQuery < 1 || threads < 1) {
        throw new IllegalArgumentException("row limits must not be negative, candidates and threads at least 1");
      }
      if (!(matchErrorRate >= 0 && matchErrorRate < 0.5)) {
        throw new IllegalArgumentException("the match error rate must be at least 0 and below 0.5");
      }
    }

    /**
     * A review queue that a team can work through: a left description has up to 6 rows when several
     * candidates are plausible, but 3 on average. A fixed 3 per description would spend rows on descriptions
     * whose fourth candidate is already unlikely and deny them to the ones with several likely candidates.
     *
     * <p>A pair is a match at 0.96 or more; below that while the matches' expected share of errors stays
     * within 1%, half of what precision 0.98 allows, since the probabilities of pairs between 0.9 and 0.96
     * can be right less often than they say (90% against 95% on high-variety generated data with half its
     * requests untraceable). The rate is the highest that keeps the precision of every generated set, ours
     * and one written apart from them, at 0.98 or more (docs/benchmarks.md); at 1.2% the worst fell to 0.978.
     */
    public static Settings linkDefaults() {
      return new Settings(0.96, 0.01, 0.001, 6, 3.0, MatchIndex.DEFAULT_CANDIDATES,
          Runtime.getRuntime().availableProcessors());
    }

    /** Duplicates at even odds: their threshold is set for F1, and a duplicate is only flagged, never merged. */
    public static Settings dedupeDefaults() {
      return new Settings(0.5, 0, 0.1, 2, 0, 100, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * Outcome of a run.
   *
   * @param pairs pairs judged match or review, grouped by left description in input order, best first
   * @param records descriptions read (both sides)
   * @param comparedPairs candidate pairs compared in full
   */
  public record Result(List<MatchPair> pairs, long records, long comparedPairs) {}

  private final Knowledge knowledge;
  private final Settings settings;
  private final Consumer<String> progress;

  public Linker(Knowledge knowledge, Settings settings, Consumer<String> progress) {
    this.knowledge = knowledge;
    this.settings = settings;
    this.progress = progress;
  }

  /** For each left description, the right descriptions that may be the same child. */
  public Result link(List<Description> left, List<Description> right) {
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      MatchIndex index = new MatchIndex(knowledge);
      index.setCandidatesPerQuery(settings.candidatesPerQuery());
      progress.accept("normalising " + right.size() + " right records");
      List<Profile> rightProfiles = prepare(pool, index, right);
      index.addAll(rightProfiles);
      progress.accept("normalising " + left.size() + " left records");
      List<Profile> leftProfiles = prepare(pool, index, left);
      progress.accept("estimating the model");
      Training training = new Training(index);
      Model model = run(pool, () -> training.linkModel(leftProfiles, rightProfiles));
      report(training, model);
      index.setModel(model.withThresholds(settings.matchThreshold(), settings.reviewThreshold()));
      long before = index.comparedPairs();
      List<List<MatchIndex.Scored>> scored = score(pool, index, leftProfiles, "left records");
      double threshold = matchThreshold(scored.stream().flatMap(List::stream)
          .filter(s -> !s.givenNamesDisagree()).mapToDouble(MatchIndex.Scored::probability).toArray(),
          settings.matchThreshold(), settings.matchErrorRate());
      if (threshold < settings.matchThreshold()) {
        progress.accept(String.format(java.util.Locale.ROOT,
            "pairs from %.3f on are matches: their expected share of errors is within %.1f%%", threshold,
            100 * settings.matchErrorRate()));
      }
      List<List<MatchPair>> rows = rows(leftProfiles, scored, model.withThresholds(threshold,
          settings.reviewThreshold()));
      List<MatchPair> out = withinBudget(rows, settings.averageRowsPerLeft() * left.size());
      return new Result(out, (long) left.size() + right.size(), index.comparedPairs() - before);
    } finally {
      pool.shutdown();
    }
  }

  /** Pairs of descriptions in one collection that may be the same child. */
  public Result dedupe(List<Description> records) {
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try {
      MatchIndex index = new MatchIndex(knowledge);
      index.setCandidatesPerQuery(settings.candidatesPerQuery());
      progress.accept("normalising " + records.size() + " records");
      List<Profile> profiles = prepare(pool, index, records);
      index.addAll(profiles);
      progress.accept("estimating the model");
      Training training = new Training(index);
      Model model = run(pool, () -> training.dedupeModel(profiles, profiles.size()));
      report(training, model);
      index.setModel(model.withThresholds(settings.matchThreshold(), settings.reviewThreshold()));
      long before = index.comparedPairs();
      List<List<MatchPair>> rows = rows(profiles, score(pool, index, profiles, "records"), index.model());
      // Each pair may be found from both sides; keep it once, under the record that comes first.
      List<MatchPair> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        for (MatchPair p : rows.get(i)) {
          int other = index.slotOf(p.rightId());
          if (other > i) {
            out.add(p);
          } else if (!foundFrom(rows.get(other), p.leftId())) {
            out.add(new MatchPair(p.rightId(), p.leftId(), p.probability(), p.decision(), p.explanation()));
          }
        }
      }
      return new Result(out, records.size(), index.comparedPairs() - before);
    } finally {
      pool.shutdown();
    }
  }

  private void report(Training training, Model model) {
    progress.accept(training.report());
    if (Boolean.getBoolean("haven.match.verbose")) {
      progress.accept("model:\n" + model);
    }
  }

  /**
   * Below this a pair is never a match, however sure the rest of the run is: odds of four to one at the least.
   * Probabilities are least reliable where the run's clear pairs would take in the most doubtful ones: on our
   * generated sets written plainly (where the threshold fell to 0.54-0.78), pairs given 0.5-0.8 were right
   * only 17-34% of the time, the namesakes of a common name with a common father's name. With 0.8 instead of
   * 0.5, precision there rose from 0.978-0.990 to 0.984-0.996 for recall 0.003-0.008 lower; on the one
   * independent set whose threshold fell below 0.8 (0.79), recall went from 0.946 to 0.945.
   */
  static final double LOWEST_MATCH = 0.8;

  /**
   * The probability from which pairs are matches: {@code fixed}, or lower where the run's most likely pairs
   * allow it. Sorted by probability, the pairs down to some point are expected to hold the sum of their
   * chances of being wrong in wrong matches; the threshold is the lowest point at which that sum is at most
   * {@code errorRate} of their number. Where a run is full of clear pairs (records written the same way, one
   * script) this finds many more children than a fixed threshold; where its pairs are uncertain the fixed
   * threshold stands.
   *
   * @param probabilities of the pairs that may be matches, in any order
   */
  static double matchThreshold(double[] probabilities, double fixed, double errorRate) {
    if (errorRate <= 0) {
      return fixed;
    }
    double[] p = Arrays.stream(probabilities).filter(x -> x >= LOWEST_MATCH).sorted().toArray();
    double threshold = fixed;
    double wrong = 0;
    for (int k = p.length - 1, n = 1; k >= 0; k--, n++) {
      wrong += 1 - p[k];
      // A threshold takes in every pair as likely as the last one it takes, so only the end of a tie counts.
      boolean endOfTie = k == 0 || p[k - 1] < p[k];
      if (endOfTie && wrong <= errorRate * n) {
        threshold = Math.min(threshold, p[k]);
      }
    }
    return threshold;
  }

  /**
   * The rows to write when all of them must fit in {@code budget}: every match, and review pairs best
   * first over all left descriptions until the budget is spent (among equally likely pairs, the earlier
   * left description first). Everything when there is no budget.
   */
  static List<MatchPair> withinBudget(List<List<MatchPair>> rows, double budget) {
    List<MatchPair> all = new ArrayList<>();
    rows.forEach(all::addAll);
    if (budget <= 0) {
      return all;
    }
    List<Integer> review = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).decision() != Decision.MATCH) {
        review.add(i);
      }
    }
    long room = Math.max(0, (long) Math.floor(budget) - (all.size() - review.size()));
    if (review.size() <= room) {
      return all;
    }
    review.sort(Comparator.comparingDouble((Integer i) -> all.get(i).probability()).reversed());
    boolean[] dropped = new boolean[all.size()];
    for (int k = (int) room; k < review.size(); k++) {
      dropped[review.get(k)] = true;
    }
    List<MatchPair> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!dropped[i]) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  private static boolean foundFrom(List<MatchPair> rows, String id) {
    for (MatchPair p : rows) {
      if (p.rightId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private List<Profile> prepare(ForkJoinPool pool, MatchIndex index, List<Description> descriptions) {
    return run(pool, () -> descriptions.parallelStream().map(index::profile).toList());
  }

  private List<List<MatchIndex.Scored>> score(ForkJoinPool pool, MatchIndex index, List<Profile> queries,
      String what) {
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1000, queries.size() / 20);
    long start = System.nanoTime();
    return run(pool, () -> IntStream.range(0, queries.size()).parallel().mapToObj(i -> {
      List<MatchIndex.Scored> scored = mayBeWritten(
          index.scoreCandidates(queries.get(i), settings.candidatesPerQuery(), false));
      int n = done.incrementAndGet();
      if (n % step == 0) {
        progress.accept(String.format(java.util.Locale.ROOT, "matched %d/%d %s (%.0f s)", n, queries.size(),
            what, (System.nanoTime() - start) / 1e9));
      }
      return scored;
    }).toList());
  }

  /**
   * The best candidates of a query that can still be written once the run's match threshold is known: all
   * that may become matches, and as many more as a query may have rows. Holding every candidate above the
   * review threshold for all queries would cost gigabytes at a million records.
   */
  private List<MatchIndex.Scored> mayBeWritten(List<MatchIndex.Scored> bestFirst) {
    double lowestMatch = Math.min(LOWEST_MATCH, settings.matchThreshold());
    int keep = 0;
    while (keep < bestFirst.size() && bestFirst.get(keep).probability() >= lowestMatch) {
      keep++;
    }
    keep = Math.max(keep, settings.maxRowsPerLeft());
    return keep >= bestFirst.size() ? bestFirst : new ArrayList<>(bestFirst.subList(0, keep));
  }

  /** The pairs to write for each query, decided under {@code model}: matches, and review pairs best first. */
  private List<List<MatchPair>> rows(List<Profile> queries, List<List<MatchIndex.Scored>> scored, Model model) {
    List<List<MatchPair>> rows = new ArrayList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      List<MatchPair> own = new ArrayList<>();
      for (MatchIndex.Scored s : scored.get(i)) {
        Decision d = s.decide(model);
        if (d == Decision.MATCH || (d == Decision.REVIEW && own.size() < settings.maxRowsPerLeft())) {
          own.add(new MatchPair(queries.get(i).id, s.profile().id, s.probability(), d, s.explanation()));
        }
      }
      rows.add(own);
    }
    return rows;
  }

  private static <T> T run(ForkJoinPool pool, java.util.concurrent.Callable<T> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
