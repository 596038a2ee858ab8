package org.haven.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * K clients calling the server in closed loops for a fixed time, each sending its next request as soon as
 * the previous one is answered. Counts answers by outcome and keeps every latency.
 */
final class LoadPhase {
  /** One call: sends a request, returns the response. {@code i} counts the calls of all clients. */
  interface Call {
    HttpResponse<String> send(long i) throws Exception;
  }

  /** What a phase measured. Latencies in milliseconds, of the answers with the expected status. */
  record Result(String name, double seconds, long ok, long failed, double p50, double p95, double p99,
      String firstFailure) {
    double perSecond() {
      return ok / seconds;
    }

    String row() {
      return String.format(Locale.ROOT, "%s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d", name, ok, seconds,
          perSecond(), p50, p95, p99, failed);
    }
  }

  private LoadPhase() {}

  static Result run(String name, int clients, double seconds, int expectedStatus, Call call)
      throws InterruptedException {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong counter = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    String[] firstFailure = new String[1];
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int[] n = {0};
      Thread t = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          long i = counter.getAndIncrement();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = call.send(i);
            long took = System.nanoTime() - t0;
            if (r.statusCode() == expectedStatus) {
              if (n[0] == mine[0].length) {
                mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
              }
              mine[0][n[0]++] = took;
            } else {
              failed.incrementAndGet();
              synchronized (firstFailure) {
                if (firstFailure[0] == null) {
                  firstFailure[0] = r.statusCode() + " " + r.body();
                }
              }
            }
          } catch (Exception e) {
            failed.incrementAndGet();
            synchronized (firstFailure) {
              if (firstFailure[0] == null) {
                firstFailure[0] = e.toString();
              }
            }
          }
        }
        synchronized (latencies) {
          latencies.add(Arrays.copyOf(mine[0], n[0]));
        }
      }, name + "-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, elapsed, all.length, failed.get(), percentile(all, 0.50), percentile(all, 0.95),
        percentile(all, 0.99), firstFailure[0]);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
