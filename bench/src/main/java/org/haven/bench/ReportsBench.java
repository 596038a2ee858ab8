package org.haven.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.haven.bench.matching.Machine;

/**
 * {@code bin/haven bench reports}: every standard table over N cases on PostgreSQL, through the API. A fresh
 * database, the server started on it (its migrations create the schema), a synthetic gazetteer imported
 * through the API (1 country, 10 regions, 100 districts, 1,000 towns), then the reporting read model seeded
 * directly with batched inserts: N case facts with realistic spreads of sex, age, status, nationality,
 * place and concerns, their concern rows, about 3.5 N items of the other modules (flags, services,
 * referrals, tasks, durable solutions, decided BIDs, reunifications), N/20 tracing requests and N/10
 * matches. Each table is asked for
 * with four filters (none; the last 365 days; one region; one region by district), once to warm up, then
 * R times; the slowest and the median answer times are reported, and written to the "Reports" section of
 * {@code docs/benchmarks.md}.
 */
public final class ReportsBench {
  static final String USAGE = """
      usage: bin/haven bench reports [--cases N] [--repeats R] [--seed S] [--pg-url jdbc:postgresql://localhost:5432/]
        --cases N     case facts seeded (default 1000000)
        --repeats R   timed requests per table and filter (default 5)
      Needs a PostgreSQL server where the user postgres may create databases without a password.
      """;
  private static final String SECTION = "## Reports";
  private static final String BEGIN = "<!-- reports results: written by bin/haven bench reports -->";
  private static final String END = "<!-- end of reports results -->";
  private static final String[] NATIONALITIES = {"SDN", "ERI", "SYR", "AFG", "SOM", "ETH", "NGA", "MLI", "GIN",
      "CIV", "BGD", "PAK", "IRQ", "YEM", "SSD", "COD", "CMR", "TCD", "NER", "GMB"};
  private static final String[] CONCERNS = {"migrant", "refugee", "trafficked_smuggled", "sexually_exploited",
      "gbv_survivor", "caafag", "street_child", "worst_forms_of_child_labor", "mentally_distressed", "disabled",
      "arrested_detained", "child_headed_household", "statelessness", "other"};
  private static final String[] CAUSES = {"conflict", "death", "migration", "poverty", "population_movement",
      "abandonment", "natural_disaster", "caafag", "arrest_and_detention", "family_abuse_violence_exploitation"};
  private static final String[] DISPLACEMENT = {"refugee", "asylum_seeker", "migrant", "idp", "returnee",
      "stateless", "other"};

  record Options(int cases, int repeats, long seed, String pgUrl, String commandLine) {}

  record Timing(String table, String filter, double medianMs, double maxMs, long cells) {}

  private final Options options;
  private final Path home;
  private long itemCount;

  private ReportsBench(Options options, Path home) {
    this.options = options;
    this.home = home;
  }

  public static int run(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (RuntimeException e) {
      System.err.println("bench reports: " + e.getMessage());
      System.err.print(USAGE);
      return 2;
    }
    if (options == null) {
      System.out.print(USAGE);
      return 0;
    }
    try {
      Path location = Path.of(ReportsBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      new ReportsBench(options, location.getParent().getParent().getParent()).runAll();
      return 0;
    } catch (Exception e) {
      System.err.println("bench reports: failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private static Options parse(String[] args) {
    int cases = 1_000_000;
    int repeats = 5;
    long seed = 1;
    String pgUrl = "jdbc:postgresql://localhost:5432/";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cases" -> cases = Integer.parseInt(args[++i]);
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--pg-url" -> pgUrl = args[++i];
        case "-h", "--help" -> {
          return null;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (cases < 1 || repeats < 1) {
      throw new IllegalArgumentException("--cases and --repeats must be positive");
    }
    return new Options(cases, repeats, seed, pgUrl, "bin/haven bench reports " + String.join(" ", args));
  }

  private void runAll() throws Exception {
    Path appJar = home.resolve("app/target/haven-app.jar");
    if (!Files.isRegularFile(appJar)) {
      throw new IllegalStateException(appJar + " is missing; build with bin/haven build");
    }
    ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    String database = "haven_bench_reports_" + UUID.randomUUID().toString().substring(0, 8);
    Path work = Files.createTempDirectory("haven-bench-reports-");
    try (Connection admin = DriverManager.getConnection(options.pgUrl() + "postgres", "postgres", "");
         Statement s = admin.createStatement()) {
      s.execute("create database " + database);
    }
    List<Timing> timings;
    double seedSeconds;
    String loadBefore;
    String loadAfter;
    try {
      List<String> dbArgs = List.of("--haven.db.url=" + options.pgUrl() + database, "--haven.db.user=postgres",
          "--haven.db.password=");
      try (ServerProcess server = new ServerProcess(appJar, "2g", dbArgs, work.resolve("server.log"))) {
        server.awaitHealthy(Duration.ofMinutes(10));
        HavenClient api = HavenClient.login(server.baseUrl(), "admin", ServerProcess.ADMIN_PASSWORD);
        HttpResponse<String> imported = api.postRaw("/api/v1/locations/import", "text/csv", gazetteer());
        if (imported.statusCode() != 200) {
          throw new IllegalStateException("gazetteer import answered " + imported.statusCode());
        }
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(options.pgUrl() + database + "?reWriteBatchedInserts=true",
            "postgres", "")) {
          seed(db);
        }
        seedSeconds = (System.nanoTime() - t0) / 1e9;
        log(String.format(Locale.ROOT, "seeded %d case facts in %.1f s", options.cases(), seedSeconds));
        loadBefore = Machine.loadAverage();
        timings = measure(api);
        loadAfter = Machine.loadAverage();
      }
    } finally {
      try (Connection admin = DriverManager.getConnection(options.pgUrl() + "postgres", "postgres", "");
           Statement s = admin.createStatement()) {
        s.execute("drop database if exists " + database + " with (force)");
      }
    }
    String report = render(started, timings, seedSeconds, loadBefore, loadAfter);
    System.out.println(report);
    writeSection(home.resolve("docs/benchmarks.md"), report);
  }

  private static String gazetteer() {
    StringBuilder csv = new StringBuilder("""
        Country,Country code,Region,Region code,District,District code,Town,Town code
        #country+name,#country+code,#adm1+name,#adm1+code,#adm2+name,#adm2+code,#adm3+name,#adm3+code
        """);
    for (int r = 0; r < 10; r++) {
      for (int d = 0; d < 10; d++) {
        for (int t = 0; t < 10; t++) {
          csv.append(String.format(Locale.ROOT, "Niger,NER,Region %d,BX%d,District %d-%d,BX%d%d,Town %d-%d-%d,BX%d%d%d%n",
              r, r, r, d, r, d, r, d, t, r, d, t));
        }
      }
    }
    return csv.toString();
  }

  private void seed(Connection db) throws Exception {
    db.setAutoCommit(false);
    List<UUID> towns = new ArrayList<>();
    try (Statement s = db.createStatement();
         var rs = s.executeQuery("select id from locations where admin_level = 3 and pcode like 'BX%' order by pcode")) {
      while (rs.next()) {
        towns.add(rs.getObject(1, UUID.class));
      }
    }
    Random random = new Random(options.seed());
    int today = (int) LocalDate.now(ZoneOffset.UTC).toEpochDay();
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    try (PreparedStatement facts = db.prepareStatement("""
            insert into report_case_facts (case_id, status, sex, birth_year, protection_status, displacement_status,
                risk_level, nationality, location_id, separation_cause, consent_reporting, registered_day, closed_day)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?)""");
         PreparedStatement concerns = db.prepareStatement("""
            insert into report_case_concerns (case_id, concern, sex, location_id, consent_reporting, registered_day)
            values (?,?,?,?,?,?)""");
         PreparedStatement items = db.prepareStatement("""
            insert into report_case_items (item_id, kind, case_id, category, status, sex, location_id,
                consent_reporting, at_day, start_day, end_day) values (?,?,?,?,?,?,?,?,?,?,?)""")) {
      for (int i = 0; i < options.cases(); i++) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String sex = pick(random, 0.47, "female", 0.50, "male", 0.02, "other", "unknown");
        int age = random.nextInt(18);
        int registered = today - random.nextInt(5 * 365);
        boolean closed = random.nextInt(3) == 0;
        UUID town = random.nextInt(20) == 0 ? null : towns.get((int) Math.min(towns.size() - 1,
            Math.abs(random.nextGaussian()) * towns.size() / 3));
        facts.setObject(1, id);
        facts.setString(2, closed ? "closed" : random.nextInt(40) == 0 ? "transferred" : "open");
        facts.setString(3, sex);
        if (random.nextInt(30) == 0) {
          facts.setNull(4, java.sql.Types.INTEGER);
        } else {
          facts.setInt(4, thisYear - age);
        }
        facts.setString(5, pick(random, 0.45, "unaccompanied", 0.35, "separated", 0.15, "accompanied", null));
        facts.setString(6, DISPLACEMENT[random.nextInt(DISPLACEMENT.length)]);
        facts.setString(7, pick(random, 0.2, "high", 0.4, "medium", 0.3, "low", null));
        facts.setString(8, NATIONALITIES[Math.min(NATIONALITIES.length - 1, (int) Math.abs(random.nextGaussian() * 5))]);
        facts.setObject(9, town);
        facts.setString(10, CAUSES[random.nextInt(CAUSES.length)]);
        facts.setBoolean(11, random.nextInt(10) != 0);
        facts.setInt(12, registered);
        if (closed) {
          facts.setInt(13, Math.min(today, registered + random.nextInt(400)));
        } else {
          facts.setNull(13, java.sql.Types.INTEGER);
        }
        facts.addBatch();
        int n = random.nextInt(3);
        int first = random.nextInt(CONCERNS.length);
        int second = (first + 1 + random.nextInt(CONCERNS.length - 1)) % CONCERNS.length;
        for (int c = 0; c < n; c++) {
          concerns.setObject(1, id);
          concerns.setString(2, CONCERNS[c == 0 ? first : second]);
          concerns.setString(3, sex);
          concerns.setObject(4, town);
          concerns.setBoolean(5, true);
          concerns.setInt(6, registered);
          concerns.addBatch();
        }
        itemCount += seedItems(items, random, new CaseSide(id, sex, town, registered, today));
        if (i % 5000 == 4999) {
          facts.executeBatch();
          concerns.executeBatch();
          items.executeBatch();
          db.commit();
        }
      }
      facts.executeBatch();
      concerns.executeBatch();
      items.executeBatch();
      db.commit();
    } catch (java.sql.BatchUpdateException e) {
      throw e.getNextException() != null ? e.getNextException() : e;
    }
    seedTracing(db, random, towns, today);
    try (Statement s = db.createStatement()) {
      db.setAutoCommit(true);
      s.execute("analyze report_case_facts");
      s.execute("analyze report_case_concerns");
      s.execute("analyze report_tracing_requests");
      s.execute("analyze report_tracing_matches");
      s.execute("analyze report_case_items");
    }
  }

  /** What an item row copies from its case. */
  private record CaseSide(UUID caseId, String sex, UUID town, int registered, int today) {}

  private static final String[] SERVICES = {"psychosocial", "health", "education", "shelter", "legal_aid",
      "family_tracing", "food", "interim_care"};
  private static final String[] TASK_KINDS = {"first_response", "follow_up", "referral_proposed", "case_review"};
  private static final String[] SOLUTIONS = {"voluntary_repatriation", "avrr", "local_integration", "resettlement",
      "complementary_pathway_family", "family_reunification_in_country", "alternative_care_long_term"};
  private static final String[] BID_OPTIONS = {"local_integration", "maintain_change_current_arrangements",
      "repatriation", "resettlement_to_3rd_country", "reunification"};

  /**
   * The other modules' items of one case, at realistic rates: a flagged screening for 15% of cases, one or two
   * services each, a referral for half, one or two tasks (one in ten still open, most of those overdue), a
   * durable solution for 5%, a decided BID for 3%, a reunification for 2%. About 3.5 rows per case.
   */
  private static int seedItems(PreparedStatement items, Random random, CaseSide c) throws Exception {
    int n = 0;
    int flag = random.nextInt(100);
    if (flag < 15) {
      n += item(items, random, c, "screening_flag",
          flag < 5 ? "trafficking_indicators" : "exploitation_indicators", null,
          day(random, c), null, null);
    }
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      n += item(items, random, c, "service", SERVICES[random.nextInt(SERVICES.length)],
          pickStatus(random, "planned", "in_progress", "completed", "cancelled"), day(random, c), null, null);
    }
    if (random.nextBoolean()) {
      n += item(items, random, c, "referral", SERVICES[random.nextInt(SERVICES.length)],
          pickStatus(random, "in_progress", "accepted", "done", "rejected"), day(random, c), null, null);
    }
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      int created = day(random, c);
      int due = created + 1 + random.nextInt(30);
      boolean open = random.nextInt(10) == 0;
      n += item(items, random, c, "task", TASK_KINDS[random.nextInt(TASK_KINDS.length)], open ? "open" : "done", due,
          created, open ? null : Math.min(c.today(), created + random.nextInt(40)));
    }
    if (random.nextInt(20) == 0) {
      n += item(items, random, c, "durable_solution", SOLUTIONS[random.nextInt(SOLUTIONS.length)],
          pickStatus(random, "identified", "in_preparation", "implementing", "completed"), day(random, c), null,
          null);
    }
    if (random.nextInt(33) == 0) {
      n += item(items, random, c, "bid_decided", BID_OPTIONS[random.nextInt(BID_OPTIONS.length)], null,
          day(random, c), null,
          null);
    }
    if (random.nextInt(50) == 0) {
      int reunified = day(random, c);
      n += item(items, random, c, "reunification", "reunified", null, reunified, reunified - random.nextInt(400), null);
    }
    return n;
  }

  private static int day(Random random, CaseSide c) {
    return Math.min(c.today(), c.registered() + random.nextInt(200));
  }

  private static String pickStatus(Random random, String... statuses) {
    return statuses[random.nextInt(statuses.length)];
  }

  private static int item(PreparedStatement items, Random random, CaseSide c, String kind, String category,
      String status, int day,
      Integer start, Integer end) throws Exception {
    items.setObject(1, new UUID(random.nextLong(), random.nextLong()));
    items.setString(2, kind);
    items.setObject(3, c.caseId());
    items.setString(4, category);
    items.setString(5, status);
    items.setString(6, c.sex());
    items.setObject(7, c.town());
    items.setBoolean(8, true);
    items.setInt(9, day);
    items.setObject(10, start, java.sql.Types.INTEGER);
    items.setObject(11, end, java.sql.Types.INTEGER);
    items.addBatch();
    return 1;
  }

  private void seedTracing(Connection db, Random random, List<UUID> towns, int today) throws Exception {
    try (PreparedStatement requests = db.prepareStatement(
            "insert into report_tracing_requests (request_id, status, location_id, filed_day) values (?,?,?,?)");
         PreparedStatement matches = db.prepareStatement("""
            insert into report_tracing_matches (match_id, request_id, status, location_id, found_day,
                request_filed_day, confirmed_day) values (?,?,?,?,?,?,?)""")) {
      String[] statuses = {"open", "tracing_in_progress", "verified", "reunified", "closed"};
      for (int i = 0; i < options.cases() / 20; i++) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        UUID town = towns.get(random.nextInt(towns.size()));
        int filed = today - random.nextInt(3 * 365);
        requests.setObject(1, id);
        requests.setString(2, statuses[random.nextInt(statuses.length)]);
        requests.setObject(3, town);
        requests.setInt(4, filed);
        requests.addBatch();
        for (int m = 0; m < 2; m++) {
          int found = Math.min(today, filed + random.nextInt(60));
          int kind = random.nextInt(4);
          matches.setObject(1, new UUID(random.nextLong(), random.nextLong()));
          matches.setObject(2, id);
          matches.setString(3, kind == 0 ? "confirmed" : kind == 1 ? "rejected" : "pending");
          matches.setObject(4, town);
          matches.setInt(5, found);
          matches.setInt(6, filed);
          if (kind == 0) {
            matches.setInt(7, Math.min(today, found + random.nextInt(200)));
          } else {
            matches.setNull(7, java.sql.Types.INTEGER);
          }
          matches.addBatch();
        }
        if (i % 2000 == 1999) {
          requests.executeBatch();
          matches.executeBatch();
          db.commit();
        }
      }
      requests.executeBatch();
      matches.executeBatch();
      db.commit();
    }
  }

  private static String pick(Random random, double p1, String v1, double p2, String v2, double p3, String v3,
      String otherwise) {
    double x = random.nextDouble();
    return x < p1 ? v1 : x < p1 + p2 ? v2 : x < p1 + p2 + p3 ? v3 : otherwise;
  }

  private List<Timing> measure(HavenClient api) throws Exception {
    HttpResponse<String> list = api.get("/api/v1/reports");
    List<String> ids = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([a-z0-9-]+)\"").matcher(list.body());
    while (m.find()) {
      ids.add(m.group(1));
    }
    String lastYear = "from=" + LocalDate.now(ZoneOffset.UTC).minusDays(365);
    List<String> filters = List.of("", lastYear, "place=BX3", "place=BX3&adminLevel=2");
    List<Timing> timings = new ArrayList<>();
    for (String id : ids) {
      for (String filter : filters) {
        String path = "/api/v1/reports/" + id + (filter.isEmpty() ? "" : "?" + filter);
        HttpResponse<String> warm = api.get(path);
        if (warm.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + warm.statusCode() + ": " + warm.body());
        }
        double[] ms = new double[options.repeats()];
        for (int r = 0; r < ms.length; r++) {
          long t0 = System.nanoTime();
          HttpResponse<String> answer = api.get(path);
          ms[r] = (System.nanoTime() - t0) / 1e6;
          if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
          }
        }
        Arrays.sort(ms);
        long cells = warm.body().chars().filter(c -> c == ',').count();
        timings.add(new Timing(id, filter.isEmpty() ? "none" : filter, ms[ms.length / 2], ms[ms.length - 1], cells));
        log(String.format(Locale.ROOT, "%-32s %-28s median %7.0f ms, max %7.0f ms", id, filter, ms[ms.length / 2],
            ms[ms.length - 1]));
      }
    }
    return timings;
  }

  private String render(ZonedDateTime started, List<Timing> timings, double seedSeconds, String loadBefore,
      String loadAfter) {
    StringBuilder s = new StringBuilder();
    s.append("* Command: `").append(options.commandLine()).append("`\n");
    s.append("* Machine: ").append(Machine.describe()).append('\n');
    s.append("* PostgreSQL: ").append(postgresVersion()).append(", default settings; server heap 2 GB.\n");
    s.append("* Started ").append(started).append("; load average (1, 5, 15 min) before the timed requests ")
        .append(loadBefore).append(", after ").append(loadAfter).append(".\n");
    s.append(String.format(Locale.ROOT, "* Data: %,d case facts (about %,d concern rows), %,d tracing requests, %,d "
        + "matches, %,d items of other modules (flags, services, referrals, tasks, durable solutions, decided "
        + "BIDs, reunifications), seeded in %.1f s (seed %d); 1,110 places.%n", options.cases(), options.cases(),
        options.cases() / 20, options.cases() / 10, itemCount, seedSeconds, options.seed()));
    s.append(String.format(Locale.ROOT, "* Each table and filter: one request to warm up, then %d timed requests "
        + "through the API (end to end: SQL, disclosure control, JSON).%n%n", options.repeats()));
    s.append("| table | filter | median ms | slowest ms |\n|---|---|---:|---:|\n");
    double worst = 0;
    for (Timing t : timings) {
      s.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f |%n", t.table(), t.filter(), t.medianMs(),
          t.maxMs()));
      worst = Math.max(worst, t.maxMs());
    }
    s.append(String.format(Locale.ROOT, "%nSlowest answer of all: %.0f ms (target: 2,000 ms).%n", worst));
    return s.toString();
  }

  private String postgresVersion() {
    try (Connection db = DriverManager.getConnection(options.pgUrl() + "postgres", "postgres", "");
         Statement s = db.createStatement(); var rs = s.executeQuery("show server_version")) {
      return rs.next() ? "PostgreSQL " + rs.getString(1) : "PostgreSQL";
    } catch (Exception e) {
      return "PostgreSQL";
    }
  }

  private static void writeSection(Path file, String results) throws Exception {
    String block = BEGIN + "\n" + results + END + "\n";
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin >= 0 && end > begin) {
      text = text.substring(0, begin) + block + text.substring(end + END.length()).replaceFirst("^\n", "");
    } else if (text.contains(SECTION + "\n")) {
      int at = text.indexOf(SECTION + "\n") + SECTION.length() + 1;
      text = text.substring(0, at) + "\n" + block + text.substring(at);
    } else {
      text = text.stripTrailing() + "\n\n" + SECTION + "\n\n" + block;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void log(String message) {
    System.err.println("bench reports: " + message);
  }

  @SuppressWarnings("unused")
  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
