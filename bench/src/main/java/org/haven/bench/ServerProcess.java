package org.haven.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Haven server in a process of its own on a free loopback port, started as {@code bin/haven serve}
 * starts it. Its console goes to a log file and is watched for the line saying the case match index is
 * built, which is when the duplicate check runs at full speed.
 */
final class ServerProcess implements AutoCloseable {
  static final String ADMIN_PASSWORD = "bench-admin-password-1";
  private static final Pattern INDEX_READY = Pattern.compile("case match index ready: (\\d+) cases in (\\d+) ms");

  private final Process process;
  private final int port;
  private final long startedNanos;
  private final CountDownLatch indexReady = new CountDownLatch(1);
  private volatile long indexBuildMillis = -1;
  private volatile long indexReadyNanos;

  ServerProcess(Path appJar, String heap, List<String> databaseArgs, Path log) throws IOException {
    this.port = freePort();
    List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap));
    // Extra options for the server's JVM, e.g. a flight recording to see where the time goes.
    String extra = System.getenv("HAVEN_BENCH_SERVER_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.trim().split("\\s+")));
    }
    cmd.addAll(List.of("-jar", appJar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
    cmd.addAll(databaseArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("HAVEN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    startedNanos = System.nanoTime();
    process = pb.start();
    Thread watcher = new Thread(() -> watch(log), "server-console");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * Waits until the server has finished the background work that earlier calls left behind (re-matching
   * new cases, indexing, chaining audit events): until it uses under a tenth of a core over two seconds,
   * or {@code max} has passed. Returns the seconds waited.
   */
  double awaitQuiet(Duration max) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + max.toNanos();
    long ticksPerSecond = 100; // USER_HZ on Linux
    long before = cpuTicks();
    while (before >= 0 && System.nanoTime() < deadline) {
      Thread.sleep(2000);
      long after = cpuTicks();
      if (after < 0 || (after - before) < 0.1 * 2 * ticksPerSecond) {
        break;
      }
      before = after;
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /** User and system CPU ticks of the server process so far; -1 where /proc is not available. */
  private long cpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Seconds from the start of the process until {@code /actuator/health} answers UP. */
  double awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue() + "; see its log");
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return (System.nanoTime() - startedNanos) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server did not become healthy within " + timeout);
  }

  /** Seconds from the start of the process until the case match index was built. */
  double awaitIndexReady(Duration timeout) throws InterruptedException {
    if (!indexReady.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the case match index was not built within " + timeout);
    }
    return (indexReadyNanos - startedNanos) / 1e9;
  }

  /** The build time the server itself reports. */
  long indexBuildMillis() {
    return indexBuildMillis;
  }

  private void watch(Path log) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
         PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.println(line);
        Matcher m = INDEX_READY.matcher(line);
        if (m.find()) {
          indexBuildMillis = Long.parseLong(m.group(2));
          indexReadyNanos = System.nanoTime();
          indexReady.countDown();
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
