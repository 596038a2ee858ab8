package org.haven.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import org.haven.matching.block.BirthAndSexPrior;
import org.haven.matching.block.BlockingKeys;
import org.haven.matching.block.CandidateSelector;
import org.haven.matching.block.KeyIndex;
import org.haven.matching.compare.Comparer;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.compare.NameLevels;
import org.haven.matching.model.Profile;
import org.haven.matching.model.ProfileFactory;
import org.haven.matching.normalize.Token;
import org.haven.matching.normalize.TokenTable;
import org.haven.matching.score.Model;
import org.haven.matching.score.TermStats;

/**
 * An in-memory index of descriptions that answers "which indexed children may this description be?".
 * Incremental and thread-safe: descriptions can be added, replaced and removed while queries run (queries
 * share a read lock while they select candidates and compare them outside it; changes take a write lock). A
 * million descriptions take about 1.5 GB of heap.
 *
 * <p>Typical use by an application:
 * <pre>{@code
 * MatchIndex index = new MatchIndex(Knowledge.defaults());
 * cases.forEach(index::put);           // at start-up, from the database
 * index.train();                       // estimate the model from the data (optional, repeat now and then)
 * List<Candidate> hits = index.query(description, 10);
 * }</pre>
 */
public final class MatchIndex {
  /** Candidates compared in full per query, after frequency-aware blocking. */
  static final int DEFAULT_CANDIDATES = 200;

  private final Knowledge knowledge;
  private final TokenTable tokens;
  private final ProfileFactory factory;
  private final Comparer comparer = new Comparer();
  private final TermStats terms = new TermStats();
  private final KeyIndex keys = new KeyIndex();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Integer> slotById = new HashMap<>();
  private final ThreadLocal<CandidateSelector> selectors = ThreadLocal.withInitial(CandidateSelector::new);
  private final ThreadLocal<BirthAndSexPrior> priors = ThreadLocal.withInitial(BirthAndSexPrior::new);
  private final ThreadLocal<Comparison> comparisons = ThreadLocal.withInitial(Comparison::new);
  private Profile[] slots = new Profile[1024];
  /** Per slot, what candidate selection reads of every touched slot: see {@link BirthAndSexPrior#facts}. */
  private long[] slotFacts = new long[1024];
  /** Per slot, what re-ranking of candidates compares: see {@link #selectLocked}. */
  private int[] slotEvidence = new int[1024 * EVIDENCE];
  private int slotCount;
  private int live;
  private volatile Model model = Model.defaults(1000);
  private volatile boolean trained;
  private int candidatesPerQuery = DEFAULT_CANDIDATES;
  private final java.util.concurrent.atomic.LongAdder compared = new java.util.concurrent.atomic.LongAdder();

  /** An empty index with the shipped knowledge of names and places. */
  public MatchIndex() {
    this(Knowledge.defaults());
  }

  public MatchIndex(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.tokens = new TokenTable(knowledge.names());
    this.factory = new ProfileFactory(knowledge.parser(), knowledge.places(), tokens);
  }

  /** Adds a description, or replaces the one with the same record id. */
  public void put(Description d) {
    Profile p = factory.profile(d);
    long[] hashes = keyHashes(p);
    lock.writeLock().lock();
    try {
      removeLocked(d.recordId());
      addLocked(p, hashes);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the description with this record id; returns whether there was one. */
  public boolean remove(String recordId) {
    lock.writeLock().lock();
    try {
      return removeLocked(recordId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Indexed descriptions that may describe the same child, best first, with calibrated probability,
   * decision and evidence. Pairs judged different are left out. The description itself (same record id)
   * is never returned.
   *
   * @param limit maximum number of candidates returned
   */
  public List<Candidate> query(Description d, int limit) {
    Profile q = factory.profile(d);
    List<Scored> scored = scoreCandidates(q, candidatesPerQuery, false);
    List<Candidate> out = new ArrayList<>();
    Model m = model;
    for (Scored s : scored) {
      if (out.size() >= limit) {
        break;
      }
      Decision decision = s.decide(m);
      if (decision != Decision.DIFFERENT) {
        out.add(new Candidate(s.profile.id, s.probability, decision, s.explanation));
      }
    }
    return out;
  }

  /**
   * Record ids that blocking puts forward for full comparison with this description (before scoring).
   * Exposed so that benchmarks can measure pairs completeness of the whole candidate selection.
   */
  public List<String> candidateIds(Description d) {
    Profile q = factory.profile(d);
    lock.readLock().lock();
    try {
      int[] c = selectLocked(q, candidatesPerQuery);
      List<String> ids = new ArrayList<>(c.length);
      for (int slot : c) {
        ids.add(slots[slot].id);
      }
      return ids;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Blocking keys a description is indexed under. Another description is put forward for comparison with it
   * only if one of its {@link #queryKeys} is among them (and is not among the too-frequent ones skipped at
   * query time).
   */
  public Set<String> blockingKeys(Description d) {
    return new LinkedHashSet<>(BlockingKeys.of(factory.profile(d)));
  }

  /** Blocking keys a description looks up when it is the query; see {@link #blockingKeys}. */
  public Set<String> queryKeys(Description d) {
    return new LinkedHashSet<>(BlockingKeys.query(factory.profile(d)).keys());
  }

  /**
   * Normalised and phonetic keys of one name, for an application's own fuzzy search (for example a
   * database column). Two spellings of one name share at least one key in most cases.
   */
  public Set<String> nameKeys(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : factory.nameTokens(name)) {
      out.add(t.text);
      out.add(t.canonical);
      out.add("~" + BlockingKeys.key(t));
      if (!t.phonetic.isEmpty()) {
        out.add("#" + t.phonetic);
      }
    }
    return out;
  }

  /**
   * Estimates the model from the indexed descriptions themselves (u from random pairs, m by
   * expectation-maximisation over candidate pairs). Call after loading, and again now and then as data grow.
   */
  public void train() {
    List<Profile> all = liveProfiles();
    if (all.size() < 50) {
      return;
    }
    model = new Training(this).dedupeModel(all, all.size());
    trained = true;
  }

  /** Whether {@link #train()} has produced a model from the data (otherwise textbook values are used). */
  public boolean isTrained() {
    return trained;
  }

  // ----- package-private engine shared with Linker and Training -----

  Profile profile(Description d) {
    return factory.profile(d);
  }

  void addAll(List<Profile> profiles) {
    // Key hashing is the costly part and needs no lock; only the insertion is serial.
    long[][] hashes = profiles.parallelStream().map(MatchIndex::keyHashes).toArray(long[][]::new);
    lock.writeLock().lock();
    try {
      for (int i = 0; i < profiles.size(); i++) {
        removeLocked(profiles.get(i).id);
        addLocked(profiles.get(i), hashes[i]);
      }
      if (!trained) {
        model = model.withPrior(Model.priorFor(1.0, Math.max(live, 1000)));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  void setModel(Model m) {
    model = m;
    trained = true;
  }

  Model model() {
    return model;
  }

  void setCandidatesPerQuery(int n) {
    candidatesPerQuery = n;
  }

  int candidatesPerQuery() {
    return candidatesPerQuery;
  }

  long comparedPairs() {
    return compared.sum();
  }

  TermStats terms() {
    return terms;
  }

  Comparer comparer() {
    return comparer;
  }

  int slotOf(String id) {
    Integer s = slotById.get(id);
    return s == null ? -1 : s;
  }

  List<Profile> liveProfiles() {
    lock.readLock().lock();
    try {
      List<Profile> out = new ArrayList<>(live);
      for (int i = 0; i < slotCount; i++) {
        if (slots[i] != null) {
          out.add(slots[i]);
        }
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * A compared candidate.
   *
   * @param explanation evidence per field, only for candidates reported after competition
   * @param pattern agreement levels as {@link Comparison#patternKey}, only for estimation
   * @param givenNamesDisagree whether the given names were found different, only for reported candidates
   */
  record Scored(Profile profile, int slot, double probability, String explanation, long pattern,
      boolean givenNamesDisagree) {
    Decision decide(Model m) {
      return m.decide(probability, givenNamesDisagree);
    }
  }

  /**
   * Selects, compares and scores candidates for a profile, best first. With {@code all} every candidate is
   * returned (for estimation); otherwise only those at or above the review threshold, with explanations.
   */
  List<Scored> scoreCandidates(Profile q, int limit, boolean all) {
    Model m = model;
    Comparison c = comparisons.get();
    int[] candidates;
    Profile[] profiles;
    lock.readLock().lock();
    try {
      candidates = selectLocked(q, limit);
      profiles = new Profile[candidates.length];
      for (int i = 0; i < candidates.length; i++) {
        profiles[i] = slots[candidates[i]];
      }
    } finally {
      lock.readLock().unlock();
    }
    // Compared outside the lock: profiles never change once made, and name frequencies are atomic counters.
    // A change to the index waits only for the candidate selection of the queries under way, not for their
    // hundreds of comparisons; in a server every registration is such a change.
    compared.add(candidates.length);
    touch(profiles);
    double floor = Math.min(m.reviewThreshold(), COMPETITOR_FLOOR);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < candidates.length; i++) {
      comparer.compare(q, profiles[i], c);
      double probability = Model.probability(m.bits(c, terms));
      if (all) {
        out.add(new Scored(profiles[i], candidates[i], probability, null, c.patternKey(), false));
      } else if (probability >= floor) {
        out.add(new Scored(profiles[i], candidates[i], probability, null, 0, false));
      }
    }
    if (!all) {
      out = compete(q, out, m, c);
    }
    out.sort(Comparator.comparingDouble(Scored::probability).reversed());
    return out;
  }

  /**
   * Compares a pair and gives {@code use} the comparison, which is valid only during the call, with the name
   * frequencies that weigh it.
   */
  <T> T compared(Profile q, Profile candidate, BiFunction<Comparison, TermStats, T> use) {
    Comparison c = comparisons.get();
    comparer.compare(q, candidate, c);
    return use.apply(c, terms);
  }

  /**
   * Probability that a description and a candidate describe the same child under a model that is not (yet)
   * the index's own, before candidates compete: as {@link #scoreCandidates} gives it with {@code all}.
   */
  double probability(Profile q, Profile candidate, Model m) {
    return compared(q, candidate, (c, frequencies) -> Model.probability(m.bits(c, frequencies)));
  }

  /**
   * Reads what a comparison reads first of each candidate, all candidates in one loop: the reads do not
   * depend on each other, so the processor fetches the candidates' records from memory together, where
   * comparing one candidate after the other would wait for each in turn. At 1,000,000 records most
   * candidates are in no cache, and this cut the time of comparisons by about a tenth.
   */
  private static void touch(Profile[] profiles) {
    int sum = 0;
    for (Profile p : profiles) {
      sum += p.given.length + p.family.length + p.names.length + p.father.length + p.mother.length
          + (p.birth == null ? 0 : 1) + (p.origin == null ? 0 : 1);
    }
    touchSum = sum;
  }

  /** Where {@link #touch} leaves its sum, so that the compiler keeps the reads. */
  @SuppressWarnings("unused")
  private static int touchSum;

  /** Candidates below this probability neither compete nor are reported. */
  private static final double COMPETITOR_FLOOR = 0.001;
  /** Strongest candidates that compete with each other. */
  private static final int COMPETITORS = 8;

  /**
   * A description is about one child. When several indexed children fit it, each is less likely to be the
   * one: the probability of a candidate is its odds against the odds of every other candidate that is not
   * itself the same child (duplicate registrations of one child do not compete: alike enough by themselves,
   * or, through the description, {@link #sameThroughQuery}). This is the posterior
   * under "at most one child of the index", and it is what makes a lone good candidate a match and one of
   * two look-alike children a case for review.
   */
  private List<Scored> compete(Profile q, List<Scored> scored, Model m, Comparison c) {
    scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
    int n = Math.min(COMPETITORS, scored.size());
    double[] odds = new double[n];
    for (int i = 0; i < n; i++) {
      double p = Math.min(scored.get(i).probability, 1 - 1e-12);
      odds[i] = p / (1 - p);
    }
    // Kept for the explanations too: the strongest candidates are the ones reported.
    Comparison[] againstQuery = new Comparison[n];
    for (int i = 0; i < n; i++) {
      againstQuery[i] = new Comparison();
      comparer.compare(q, scored.get(i).profile, againstQuery[i]);
    }
    boolean[][] same = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        comparer.compare(scored.get(i).profile, scored.get(j).profile, c);
        same[i][j] = same[j][i] = Model.probability(m.bits(c, terms)) >= 0.5
            || sameThroughQuery(againstQuery[i].level, againstQuery[j].level, Math.min(odds[i], odds[j]), c, m);
      }
    }
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      double competition = 0;
      if (i < n) {
        for (int j = 0; j < n; j++) {
          if (j != i && !same[i][j]) {
            competition += odds[j];
          }
        }
      } else {
        for (int j = 0; j < n; j++) {
          competition += odds[j];
        }
      }
      double own = s.probability / Math.max(1e-12, 1 - s.probability);
      double probability = own / (1 + competition + own);
      if (probability >= m.reviewThreshold()) {
        Comparison withQuery = c;
        if (i < n) {
          withQuery = againstQuery[i];
        } else {
          comparer.compare(q, s.profile, c);
        }
        String explanation = m.explain(withQuery, terms);
        if (competition > 0.01) {
          explanation += String.format(java.util.Locale.ROOT, " other_candidates:%+.1f",
              -Math.log1p(competition) / Math.log(2));
        }
        out.add(new Scored(s.profile, s.slot, probability, explanation, 0,
            withQuery.level[Field.GIVEN_NAME.ordinal()] == NameLevels.DIFFERENT));
      }
    }
    return out;
  }

  /**
   * Prior odds that two indexed records are one child, against the odds that a description and a record are:
   * a tenth. The data of the independent generator holds a third (duplicate pairs per pair of registrations
   * against true links per pair of request and registration), our own generator's 0.6 to 1.1, and an index
   * whose duplicates are flagged and merged at registration fewer. At a third, recall of `match` on i5 was
   * 0.869 instead of 0.868, but on our 1,000,000 registrations precision fell from 0.984 without the rule to
   * 0.980 (0.982 at a tenth): among many look-alike children of one common name (Hasina Begum, father Abdul
   * Hamid), each an approximate fit, two that record little pass for one child.
   */
  private static final double DUPLICATE_PRIOR_RATIO = 0.1;

  /**
   * Whether two candidates of one description are better taken as one child registered twice than as two
   * children. Compared with each other alone, two records of one child often share too little (one gives the
   * birth date and the mother, the other an age and the father), yet each agrees with the description: if
   * the description is the child of one, what it shares with the other agrees with both. Against the
   * hypothesis that only the weaker candidate is wrong, "both are the child" has the odds of the weaker one,
   * times the prior ratio of a duplicate, times the evidence of the two records against each other: every
   * field where they disagree (two birth dates years apart are two children, however vaguely each fits the
   * description), and where they agree, only the fields the description cannot vouch for, which it lacks.
   * Counting agreement alone where the description lacks the field lowered the precision of our hardest set
   * to 0.976 (Rohingya children of one common name, each an approximate fit). When the records were taken
   * describes no child: two records taken in the same months fit brothers, sisters and namesakes of one
   * displacement as well, and counting that agreement took our hardest set's precision from 0.978 to 0.977.
   */
  private boolean sameThroughQuery(int[] levelsA, int[] levelsB, double weakerOdds, Comparison between,
      Model m) {
    double bits = Math.log(DUPLICATE_PRIOR_RATIO * weakerOdds) / Math.log(2);
    for (int f = 0; f < levelsA.length; f++) {
      double w = m.fieldBits(between, f, terms);
      boolean descriptionLacksIt = levelsA[f] < 0 && levelsB[f] < 0 && !Field.ALL[f].recording();
      if (w < 0 || descriptionLacksIt) {
        bits += w;
      }
    }
    return bits >= 0;
  }

  /**
   * Candidates for full comparison: a first cut by shared keys, birth date and sex ({@link BirthAndSexPrior})
   * six times as wide as needed, re-ranked with evidence no key carries (the child's own first given name,
   * the parents' first names, the places of origin and separation), from which the best {@code limit} are
   * kept. At 1,000,000 records this brought the true registration among the 200 candidates for 84.5% of
   * true pairs instead of 77% (83.7% with a cut four times as wide; one eight times as wide lowered the
   * precision of matches to 0.982 and took 7 s longer).
   */
  private int[] selectLocked(Profile q, int limit) {
    Integer self = slotById.get(q.id);
    int exclude = self == null ? -1 : self;
    CandidateSelector selector = selectors.get();
    int[] wide = selector.select(BlockingKeys.query(q), keys, slotCount, exclude, limit * RERANK_FACTOR,
        maxFrequency(), maxSinglePartFrequency(), priors.get().of(q, slotFacts));
    if (wide.length <= limit) {
      return wide;
    }
    float[] scores = Arrays.copyOf(selector.lastScores(), wide.length);
    int given = q.given.length > 0 ? evidenceCode(q.given[0]) : 0;
    int mother = q.mother.length > 0 ? evidenceCode(q.mother[0]) : 0;
    int origin = q.origin != null ? q.origin.known().id + 1 : 0;
    int father = q.father.length > 0 ? evidenceCode(q.father[0]) : 0;
    int sepPlace = q.separationPlace != null ? q.separationPlace.known().id + 1 : 0;
    for (int i = 0; i < wide.length; i++) {
      int at = wide[i] * EVIDENCE;
      scores[i] += agreement(given, slotEvidence[at], GIVEN_AGREES, 0f)
          + agreement(mother, slotEvidence[at + 1], MOTHER_AGREES, MOTHER_DIFFERS)
          + agreement(origin, slotEvidence[at + 2], ORIGIN_AGREES, ORIGIN_DIFFERS)
          + agreement(father, slotEvidence[at + 3], FATHER_AGREES, FATHER_DIFFERS)
          + agreement(sepPlace, slotEvidence[at + 4], SEPARATION_PLACE_AGREES, SEPARATION_PLACE_DIFFERS);
    }
    return CandidateSelector.best(wide, scores, limit);
  }

  private static final int RERANK_FACTOR = 6;
  /**
   * Re-ranking weights, in the nats of the key scores: for the mother's name and the place of origin the
   * model's textbook weights of an exact agreement and of a disagreement, converted from bits. The given and
   * the father's name count less, since the keys count sharing them already; the separation place less,
   * since siblings share it.
   */
  private static final float GIVEN_AGREES = 2f;
  private static final float MOTHER_AGREES = 4.9f;
  private static final float MOTHER_DIFFERS = -2.5f;
  private static final float ORIGIN_AGREES = 2.4f;
  private static final float ORIGIN_DIFFERS = -2.2f;
  private static final float FATHER_AGREES = 2f;
  private static final float FATHER_DIFFERS = -1f;
  private static final float SEPARATION_PLACE_AGREES = 1.5f;
  private static final float SEPARATION_PLACE_DIFFERS = -1f;
  /**
   * Ints per slot in {@link #slotEvidence}: first given name, mother's first name, place of origin, father's
   * first name, separation place.
   */
  private static final int EVIDENCE = 5;

  /** A name part as re-ranking compares it: by its skeleton, never 0 (0 is "not recorded"). */
  private static int evidenceCode(Token t) {
    int h = t.skeleton.hashCode();
    return h == 0 ? 1 : h;
  }

  private static float agreement(int a, int b, float agree, float disagree) {
    return a == 0 || b == 0 ? 0f : a == b ? agree : disagree;
  }

  /** Posting lists longer than this are skipped when the query has rarer keys. */
  private int maxFrequency() {
    return Math.max(2000, live / 100);
  }

  /**
   * Posting lists of a single name part longer than this are skipped when the query has rarer keys. At
   * 1,000,000 records a common name's own list (Mohammed, Ahmad) adds thousands of candidates that share
   * nothing else, and pushes out candidates that share a rarer pair or a birth year: a third of the limit of
   * other keys found more true pairs (recall of match+review 0.630 -> 0.634) in about 15% less time.
   */
  private int maxSinglePartFrequency() {
    return Math.max(2000, live / 300);
  }

  private static long[] keyHashes(Profile p) {
    List<String> k = BlockingKeys.of(p);
    long[] out = new long[k.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = KeyIndex.hash(k.get(i));
    }
    return out;
  }

  private void addLocked(Profile p, long[] hashes) {
    if (slotCount == slots.length) {
      slots = Arrays.copyOf(slots, slots.length * 2);
      slotFacts = Arrays.copyOf(slotFacts, slots.length);
      slotEvidence = Arrays.copyOf(slotEvidence, slots.length * EVIDENCE);
    }
    int slot = slotCount++;
    slots[slot] = p;
    slotFacts[slot] = BirthAndSexPrior.facts(p);
    slotEvidence[slot * EVIDENCE] = p.given.length > 0 ? evidenceCode(p.given[0]) : 0;
    slotEvidence[slot * EVIDENCE + 1] = p.mother.length > 0 ? evidenceCode(p.mother[0]) : 0;
    slotEvidence[slot * EVIDENCE + 2] = p.origin != null ? p.origin.known().id + 1 : 0;
    slotEvidence[slot * EVIDENCE + 3] = p.father.length > 0 ? evidenceCode(p.father[0]) : 0;
    slotEvidence[slot * EVIDENCE + 4] = p.separationPlace != null ? p.separationPlace.known().id + 1 : 0;
    slotById.put(p.id, slot);
    live++;
    for (long h : hashes) {
      keys.add(h, slot);
    }
    for (Token t : termTokens(p)) {
      terms.add(t, p.nationality);
    }
  }

  /** Name parts whose frequency weighs agreement: the child's names and each parent's first name. */
  private static List<Token> termTokens(Profile p) {
    List<Token> out = new ArrayList<>(Arrays.asList(p.names));
    if (p.father.length > 0) {
      out.add(p.father[0]);
    }
    if (p.mother.length > 0) {
      out.add(p.mother[0]);
    }
    return out;
  }

  private boolean removeLocked(String id) {
    Integer slot = slotById.remove(id);
    if (slot == null) {
      return false;
    }
    Profile p = slots[slot];
    for (String k : BlockingKeys.of(p)) {
      keys.remove(KeyIndex.hash(k), slot);
    }
    for (Token t : termTokens(p)) {
      terms.remove(t, p.nationality);
    }
    slots[slot] = null;
    slotFacts[slot] = BirthAndSexPrior.EMPTY;
    live--;
    return true;
  }
}
