package org.haven.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a registrations file, a tracing-requests file and their truth files. Children come in families (siblings
 * and cousins share names, parents, origin and near birth dates); a child may be registered up to four times along
 * the route; 80% of tracing requests concern a registered child, the rest children never registered, half of them
 * siblings of registered children.
 *
 * <p>Families are rendered in fixed-size chunks on all cores and written in chunk order, so the files depend only
 * on the seed, never on the number of threads.
 */
public final class SyntheticDataset {
  public static final String CHILDREN_FILE = "children.csv";
  public static final String REQUESTS_FILE = "requests.csv";
  public static final String TRUTH_LINK_FILE = "truth_link.csv";
  public static final String TRUTH_DEDUPE_FILE = "truth_dedupe.csv";
  public static final double TRACEABLE_SHARE = 0.8;

  private static final int CHUNK = 4096;
  private static final long FAMILY_SALT = 5;
  private static final long SELECTION_SALT = 7;
  private static final long GHOST_SALT = 13;
  private static final long SHUFFLE_SALT = 17;

  private final long seed;
  private final PersonFactory people;
  private final DescriptionRenderer renderer = new DescriptionRenderer();
  private final RecordIds childIds;
  private final RecordIds requestIds;

  private final Variation variation;

  public SyntheticDataset(long seed) {
    this(seed, Variation.SHIPPED);
  }

  public SyntheticDataset(long seed, Variation variation) {
    this.seed = seed;
    this.variation = variation;
    this.people = new PersonFactory(Vocabulary.load(variation), seed);
    this.childIds = new RecordIds(seed, "C");
    this.requestIds = new RecordIds(seed, "T");
  }

  /** Counts of what was written. */
  public record Summary(long children, long requests, long traceableRequests, long truthLinks, long truthDuplicates) {}

  public Summary write(int childRows, int requestRows, Path dir) throws IOException {
    Files.createDirectories(dir);
    GenerationPlan plan = GenerationPlan.forRegistrations(seed, childRows);
    int traceable = (int) Math.min(Math.round(variation.traceableShare() * requestRows), plan.children());
    int untraceable = requestRows - traceable;
    int ghostSiblings = Math.min(untraceable / 2, plan.families());
    int ghostFamilies = untraceable - ghostSiblings;
    Dice selection = new Dice(Dice.derive(seed, 0, SELECTION_SALT));
    BitSet traced = sample(selection, plan.children(), traceable);
    BitSet withGhost = sample(selection, plan.families(), ghostSiblings);

    int familyChunks = (plan.families() + CHUNK - 1) / CHUNK;
    int ghostChunks = (ghostFamilies + CHUNK - 1) / CHUNK;
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "generate");
      t.setDaemon(true);
      return t;
    });
    long links = 0;
    long duplicates = 0;
    try (ShuffledCsv children = new ShuffledCsv(dir.resolve(CHILDREN_FILE), Description.HEADER);
         ShuffledCsv requests = new ShuffledCsv(dir.resolve(REQUESTS_FILE), Description.HEADER);
         BufferedWriter linkOut = Files.newBufferedWriter(dir.resolve(TRUTH_LINK_FILE), StandardCharsets.UTF_8);
         BufferedWriter duplicateOut = Files.newBufferedWriter(dir.resolve(TRUTH_DEDUPE_FILE), StandardCharsets.UTF_8)) {
      linkOut.write("request_id,record_id\n");
      duplicateOut.write("record_id_a,record_id_b\n");
      Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
      int childSeq = 0;
      int requestSeq = 0;
      for (int c = 0; c < familyChunks + ghostChunks; c++) {
        int chunk = c;
        int firstChildSeq = childSeq;
        int firstRequestSeq = requestSeq;
        if (c < familyChunks) {
          int from = c * CHUNK;
          int to = Math.min(plan.families(), from + CHUNK);
          for (int f = from; f < to; f++) {
            for (int k = 0; k < plan.familySize(f); k++) {
              int child = plan.firstChild(f) + k;
              childSeq += plan.registrations(child);
              if (traced.get(child)) requestSeq++;
            }
            if (withGhost.get(f)) requestSeq++;
          }
          inFlight.add(pool.submit(() -> familyChunk(plan, chunk, from, to, traced, withGhost, firstChildSeq,
              firstRequestSeq)));
        } else {
          int from = (c - familyChunks) * CHUNK;
          int to = Math.min(ghostFamilies, from + CHUNK);
          requestSeq += to - from;
          inFlight.add(pool.submit(() -> ghostChunk(plan, chunk, from, to, firstRequestSeq)));
        }
        while (inFlight.size() > threads * 2 || (c == familyChunks + ghostChunks - 1 && !inFlight.isEmpty())) {
          Chunk done = inFlight.removeFirst().get();
          children.append(done.children, done.childRows);
          requests.append(done.requests, done.requestRows);
          linkOut.append(done.links);
          duplicateOut.append(done.duplicates);
          links += done.linkRows;
          duplicates += done.duplicateRows;
        }
      }
      return new Summary(children.rows(), requests.rows(), traceable, links, duplicates);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Exactly {@code k} of {@code n} positions, each equally likely (selection sampling). */
  private static BitSet sample(Dice dice, int n, int k) {
    BitSet chosen = new BitSet(n);
    int needed = k;
    for (int i = 0; i < n && needed > 0; i++) {
      if (dice.below(n - i) < needed) {
        chosen.set(i);
        needed--;
      }
    }
    return chosen;
  }

  private Chunk familyChunk(GenerationPlan plan, int chunk, int from, int to, BitSet traced, BitSet withGhost,
                            int childSeq, int requestSeq) {
    Chunk out = new Chunk(Dice.derive(seed, chunk, SHUFFLE_SALT), childSeq, requestSeq);
    for (int f = from; f < to; f++) {
      Dice dice = new Dice(Dice.derive(seed, f, FAMILY_SALT));
      Family family = people.family(dice, f, people.lineage(lineageKey(f, dice)));
      int elder = -1;
      for (int k = 0; k < plan.familySize(f); k++) {
        int child = plan.firstChild(f) + k;
        Child c = people.child(dice, family, elder);
        if (elder < 0) elder = c.birthDay();
        String[] ids = out.registrations(c, plan.registrations(child), dice);
        if (traced.get(child)) out.request(c, ids, dice);
      }
      if (withGhost.get(f)) out.request(people.child(dice, family, elder), new String[0], dice);
    }
    return out;
  }

  private Chunk ghostChunk(GenerationPlan plan, int chunk, int from, int to, int requestSeq) {
    Chunk out = new Chunk(Dice.derive(seed, chunk, SHUFFLE_SALT), 0, requestSeq);
    for (int g = from; g < to; g++) {
      long key = (long) plan.families() + g;
      Dice dice = new Dice(Dice.derive(seed, g, GHOST_SALT));
      long lineage = dice.chance(0.3) && plan.families() > 0 ? dice.below(plan.families()) : key;
      Family family = people.family(dice, key, people.lineage(lineage));
      out.request(people.child(dice, family, -1), new String[0], dice);
    }
    return out;
  }

  /** Most families found their own lineage; some are cousins of a family generated shortly before. */
  private static long lineageKey(int family, Dice dice) {
    if (family > 0 && dice.chance(0.15)) return family - 1 - dice.below(Math.min(family, 50));
    return family;
  }

  /** The rendered output of one chunk of families, rows already spread over the shuffle buckets. */
  private final class Chunk {
    final StringBuilder[] children = buckets();
    final StringBuilder[] requests = buckets();
    final StringBuilder links = new StringBuilder();
    final StringBuilder duplicates = new StringBuilder();
    final Dice shuffle;
    int childSequence;
    int requestSequence;
    long childRows;
    long requestRows;
    long linkRows;
    long duplicateRows;

    Chunk(long shuffleSeed, int childSequence, int requestSequence) {
      this.shuffle = new Dice(shuffleSeed);
      this.childSequence = childSequence;
      this.requestSequence = requestSequence;
    }

    String[] registrations(Child child, int count, Dice dice) {
      Family f = child.family();
      String[] ids = new String[count];
      Country country = f.firstCountry();
      int day = dice.chance(0.6) ? f.firstRegistrationDay()
          : Math.min(PersonFactory.LAST_RECORD, f.separationDay() + dice.between(2, 150));
      for (int r = 0; r < count; r++) {
        if (r > 0) {
          Country next = f.route().registeredIn().draw(dice);
          for (int tries = 0; tries < 3 && next.equals(country) && !dice.chance(0.2); tries++) {
            next = f.route().registeredIn().draw(dice);
          }
          country = next;
          day = Math.min(PersonFactory.LAST_RECORD, day + dice.between(20, 400));
        } else if (!dice.chance(0.6)) {
          country = f.route().registeredIn().draw(dice);
        }
        ids[r] = childIds.id(childSequence++);
        Event ev = new Event(false, country, day, child.culture(), f.key(), dice, variation);
        renderer.render(ids[r], child, ev).appendCsv(children[shuffle.below(ShuffledCsv.BUCKETS)]);
        childRows++;
      }
      for (int a = 0; a < count; a++) {
        for (int b = a + 1; b < count; b++) {
          boolean ordered = ids[a].compareTo(ids[b]) < 0;
          duplicates.append(ordered ? ids[a] : ids[b]).append(',').append(ordered ? ids[b] : ids[a]).append('\n');
          duplicateRows++;
        }
      }
      return ids;
    }

    void request(Child child, String[] registrationIds, Dice dice) {
      Family f = child.family();
      String id = requestIds.id(requestSequence++);
      Country country = f.route().requestsFiledIn().draw(dice);
      int day = Math.min(PersonFactory.LAST_RECORD, f.separationDay() + dice.between(10, 700));
      Event ev = new Event(true, country, day, child.culture(), f.key(), dice, variation);
      renderer.render(id, child, ev).appendCsv(requests[shuffle.below(ShuffledCsv.BUCKETS)]);
      requestRows++;
      for (String r : registrationIds) {
        links.append(id).append(',').append(r).append('\n');
        linkRows++;
      }
    }

    private StringBuilder[] buckets() {
      StringBuilder[] b = new StringBuilder[ShuffledCsv.BUCKETS];
      for (int i = 0; i < b.length; i++) b[i] = new StringBuilder(1024);
      return b;
    }
  }
}
