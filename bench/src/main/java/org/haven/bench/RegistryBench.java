package org.haven.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.haven.synth.SyntheticDataset;

/**
 * {@code bin/haven bench registry}: the registry at scale, through the API, on each database. For each: a
 * fresh database, N synthetic children imported with {@code bin/haven import cases}, the server started on
 * it, then K concurrent clients registering new cases (audit on) for S seconds, and reading cases by id,
 * searching names and checking for duplicates for T seconds each. Prints a table and writes it, with the
 * command and the machine, into the "Registry" section of {@code docs/benchmarks.md}.
 */
public final class RegistryBench {
  static final String USAGE = """
      usage: bin/haven bench registry [--cases N] [--db h2|postgres|both] [--seconds S] [--query-seconds T]
                                      [--warmup-seconds W] [--clients K] [--seed X] [--pg-url jdbc:postgresql://localhost:5432/]
        --cases N          synthetic children imported before measuring (default 1000000)
        --db               which database(s) (default both)
        --seconds S        how long new cases are registered (default 60)
        --query-seconds T  how long each of read by id, name search, duplicate check runs (default S)
        --warmup-seconds W before each measurement, the same calls for W seconds, not counted (default 10)
        --clients K        concurrent HTTP clients (default 8)
      Needs a PostgreSQL server where the user postgres may create databases without a password.
      """;
  private static final String OWNER = "bench-caseworker";
  private static final String PASSWORD = "bench-caseworker-password";
  private static final Pattern IMPORTED = Pattern.compile("imported (\\d+) cases .*?(\\d+) invalid rows skipped");

  private final Options options;
  private final Path home;
  private final Path appJar;

  private RegistryBench(Options options, Path home) {
    this.options = options;
    this.home = home;
    this.appJar = home.resolve("app/target/haven-app.jar");
  }

  record Options(int cases, List<String> databases, double seconds, double querySeconds, double warmupSeconds,
      int clients, long seed, String pgUrl, String commandLine) {}

  /** Entry point from {@link BenchCommand}; the exit code. */
  public static int run(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (RuntimeException e) {
      System.err.println("bench registry: " + e.getMessage());
      System.err.print(USAGE);
      return 2;
    }
    if (options == null) {
      System.out.print(USAGE);
      return 0;
    }
    try {
      Path home = home();
      new RegistryBench(options, home).runAll();
      return 0;
    } catch (Exception e) {
      System.err.println("bench registry: failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private static Options parse(String[] args) {
    int cases = 1_000_000;
    String db = "both";
    double seconds = 60;
    Double querySeconds = null;
    double warmup = 10;
    int clients = 8;
    long seed = 1;
    String pgUrl = "jdbc:postgresql://localhost:5432/";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cases" -> cases = Integer.parseInt(args[++i]);
        case "--db" -> db = args[++i];
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--query-seconds" -> querySeconds = Double.parseDouble(args[++i]);
        case "--warmup-seconds" -> warmup = Double.parseDouble(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--pg-url" -> pgUrl = args[++i];
        case "-h", "--help" -> {
          return null;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> databases = switch (db) {
      case "h2" -> List.of("h2");
      case "postgres" -> List.of("postgres");
      case "both" -> List.of("h2", "postgres");
      default -> throw new IllegalArgumentException("--db must be h2, postgres or both");
    };
    if (cases < 1 || clients < 1 || seconds <= 0) {
      throw new IllegalArgumentException("--cases, --clients and --seconds must be positive");
    }
    return new Options(cases, databases, seconds, querySeconds == null ? seconds : querySeconds, warmup, clients,
        seed, pgUrl, "bin/haven bench registry " + String.join(" ", args));
  }

  /** What one database measured. */
  record DatabaseResult(String database, long imported, long skipped, double importSeconds, double startSeconds,
      double indexReadySeconds, long indexBuildMillis, List<LoadPhase.Result> phases) {}

  private void runAll() throws Exception {
    if (!Files.isRegularFile(appJar)) {
      throw new IllegalStateException(appJar + " is missing; build with bin/haven build");
    }
    ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    String loadBefore = loadAverage();
    Path work = Files.createTempDirectory("haven-bench-registry-");
    log("working in " + work);
    Path seedData = work.resolve("seed");
    Path freshData = work.resolve("fresh");
    long t0 = System.nanoTime();
    int requests = Math.max(1000, Math.min(20_000, options.cases() / 20));
    new SyntheticDataset(options.seed()).write(options.cases(), requests, seedData);
    new SyntheticDataset(options.seed() + 1).write(40_000, 0, freshData);
    log(String.format(Locale.ROOT, "generated %d children and %d tracing requests in %.1f s", options.cases(),
        requests, (System.nanoTime() - t0) / 1e9));
    List<DatabaseResult> results = new ArrayList<>();
    for (String database : options.databases()) {
      results.add(benchOne(database, work, seedData, freshData));
    }
    String loadAfter = loadAverage();
    String report = RegistryReport.render(options, started, results, loadBefore, loadAfter);
    System.out.println(report);
    RegistryReport.writeSection(home.resolve("docs/benchmarks.md"), report);
    log("results written to " + home.resolve("docs/benchmarks.md"));
  }

  private DatabaseResult benchOne(String database, Path work, Path seedData, Path freshData) throws Exception {
    Path dir = Files.createDirectories(work.resolve(database));
    String pgDatabase = null;
    List<String> dbArgs;
    if (database.equals("h2")) {
      dbArgs = List.of("--haven.data-dir=" + dir.resolve("data"));
    } else {
      pgDatabase = "haven_bench_" + UUID.randomUUID().toString().substring(0, 8);
      psql("create database " + pgDatabase);
      dbArgs = List.of("--haven.db.url=" + options.pgUrl() + pgDatabase, "--haven.db.user=postgres",
          "--haven.db.password=");
    }
    try {
      log(database + ": creating the agency and the caseworker who owns the imported cases");
      try (ServerProcess setup = new ServerProcess(appJar, "2g", dbArgs, dir.resolve("server-setup.log"))) {
        setup.awaitHealthy(Duration.ofMinutes(10));
        HavenClient admin = HavenClient.login(setup.baseUrl(), "admin", ServerProcess.ADMIN_PASSWORD);
        String agencyId = admin.create("/api/v1/agencies",
            "{\"code\":\"BENCH\",\"name\":\"Benchmark agency\",\"type\":\"ngo\"}");
        admin.create("/api/v1/users", "{\"username\":\"" + OWNER + "\",\"password\":\"" + PASSWORD
            + "\",\"fullName\":\"Benchmark caseworker\",\"agencyId\":\"" + agencyId
            + "\",\"role\":\"caseworker\",\"scope\":\"agency\"}");
      }

      log(database + ": importing " + options.cases() + " cases");
      Path ids = dir.resolve("ids.csv");
      List<String> importCmd = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx4g", "-jar", appJar.toString(),
          "--haven.import-command=cases", "--haven.import.file=" + seedData.resolve(SyntheticDataset.CHILDREN_FILE),
          "--haven.import.owner=" + OWNER, "--haven.import.skip-invalid=true", "--haven.import.id-map=" + ids,
          "--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
          "--logging.level.root=WARN"));
      importCmd.addAll(dbArgs);
      long t0 = System.nanoTime();
      Process importing = new ProcessBuilder(importCmd).redirectErrorStream(true)
          .redirectOutput(dir.resolve("import.log").toFile()).start();
      if (!importing.waitFor(3, TimeUnit.HOURS) || importing.exitValue() != 0) {
        throw new IllegalStateException("the import failed; see " + dir.resolve("import.log"));
      }
      double importSeconds = (System.nanoTime() - t0) / 1e9;
      Matcher m = IMPORTED.matcher(Files.readString(dir.resolve("import.log")));
      if (!m.find()) {
        throw new IllegalStateException("no summary in " + dir.resolve("import.log"));
      }
      long imported = Long.parseLong(m.group(1));
      long skipped = Long.parseLong(m.group(2));
      log(String.format(Locale.ROOT, "%s: imported %d cases (%d invalid rows skipped) in %.1f s", database, imported,
          skipped, importSeconds));

      try (ServerProcess server = new ServerProcess(appJar, "6g", dbArgs, dir.resolve("server.log"))) {
        double startSeconds = server.awaitHealthy(Duration.ofMinutes(30));
        double indexSeconds = server.awaitIndexReady(Duration.ofMinutes(60));
        log(String.format(Locale.ROOT, "%s: healthy after %.1f s, match index ready after %.1f s", database,
            startSeconds, indexSeconds));
        HavenClient caseworker = HavenClient.login(server.baseUrl(), OWNER, PASSWORD);
        List<LoadPhase.Result> phases = measure(server, caseworker, ids, seedData, freshData);
        return new DatabaseResult(database, imported, skipped, importSeconds, startSeconds, indexSeconds,
            server.indexBuildMillis(), phases);
      }
    } finally {
      if (pgDatabase != null) {
        psql("drop database if exists " + pgDatabase);
      }
      deleteRecursively(dir.resolve("data"));
    }
  }

  private List<LoadPhase.Result> measure(ServerProcess server, HavenClient api, Path ids, Path seedData, Path freshData)
      throws Exception {
    List<String> freshBodies = CaseBodies.read(freshData.resolve(SyntheticDataset.CHILDREN_FILE), 40_000).stream()
        .map(CaseBodies::json).toList();
    List<String> caseIds = new ArrayList<>();
    try (var lines = Files.lines(ids)) {
      lines.skip(1).limit(200_000).forEach(l -> caseIds.add(l.split(",")[l.split(",").length - 2]));
    }
    List<CSVRecord> requestRows = CaseBodies.read(seedData.resolve(SyntheticDataset.REQUESTS_FILE), 20_000);
    List<String> queries = requestRows.stream().map(CaseBodies::name).filter(n -> !n.isEmpty())
        .map(n -> URLEncoder.encode(n, StandardCharsets.UTF_8)).toList();
    List<String> descriptions = requestRows.stream().map(CaseBodies::json).toList();
    int k = options.clients();
    List<LoadPhase.Result> phases = new ArrayList<>();
    phases.add(phase("register (POST /cases)", k, options.seconds(), 201,
        i -> api.post("/api/v1/cases", freshBodies.get((int) (i % freshBodies.size())))));
    // Each registration leaves work behind (re-matching against tracing requests, the duplicate queue);
    // the reads are measured once it is done, not while it still takes the cores.
    log(String.format(Locale.ROOT, "waited %.1f s for the server to finish the registrations' background work",
        server.awaitQuiet(Duration.ofMinutes(5))));
    phases.add(phase("read by id (GET /cases/{id})", k, options.querySeconds(), 200,
        i -> api.get("/api/v1/cases/" + caseIds.get(ThreadLocalRandom.current().nextInt(caseIds.size())))));
    phases.add(phase("name search (GET /cases?q=)", k, options.querySeconds(), 200,
        i -> api.get("/api/v1/cases?q=" + queries.get(ThreadLocalRandom.current().nextInt(queries.size())))));
    phases.add(phase("duplicate check (POST /cases/duplicates-check)", k, options.querySeconds(), 200,
        i -> api.post("/api/v1/cases/duplicates-check",
            descriptions.get(ThreadLocalRandom.current().nextInt(descriptions.size())))));
    return phases;
  }

  /** A phase after a warm-up of the same calls that is not counted, so that compiling code is not measured. */
  private LoadPhase.Result phase(String name, int clients, double seconds, int status, LoadPhase.Call call)
      throws InterruptedException {
    LoadPhase.run(name, clients, options.warmupSeconds(), status, call);
    LoadPhase.Result r = LoadPhase.run(name, clients, seconds, status, call);
    log(r.row() + (r.firstFailure() == null ? "" : "  first failure: " + abbreviate(r.firstFailure())));
    return r;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private void psql(String sql) throws IOException, InterruptedException {
    String hostPort = options.pgUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
    String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
    String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
    Process p = new ProcessBuilder("psql", "-h", host, "-p", port, "-U", "postgres", "-d", "postgres", "-v",
        "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql -c '" + sql + "' failed: " + out);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The project folder: this class is loaded from bench/target (a jar or the classes folder). */
  private static Path home() throws Exception {
    Path location = Path.of(RegistryBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.getParent().getParent().getParent();
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  static void log(String message) {
    System.err.println(DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now()) + " bench registry: "
        + message);
  }
}
