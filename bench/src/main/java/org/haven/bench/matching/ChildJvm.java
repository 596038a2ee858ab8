package org.haven.bench.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an engine in a JVM of its own with a fixed heap, so that its wall time, CPU time and peak resident
 * memory can be measured without the benchmark's own data in the way. Peak memory comes from GNU time when it
 * is installed, otherwise from polling VmHWM in /proc.
 */
final class ChildJvm {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  /** What a run cost. {@code cpuSeconds} is NaN when it could not be measured. */
  record Usage(int exitCode, double wallSeconds, long peakRssKb, double cpuSeconds, Path log) {}

  private final String heap;
  private final String classpath;

  ChildJvm(String heap, String classpath) {
    this.heap = heap;
    this.classpath = classpath;
  }

  /** The command line, as it is printed in reports. */
  List<String> command(String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  Usage run(String mainClass, List<String> args, Path log) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    if (timed) {
      cmd.add(GNU_TIME.toString());
      cmd.add("-v");
    }
    cmd.addAll(command(mainClass, args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    long polledPeak = 0;
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      polledPeak = Math.max(polledPeak, highWaterMark(p.toHandle()));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    String out = Files.readString(log, StandardCharsets.UTF_8);
    long peak = polledPeak;
    double cpu = Double.NaN;
    Matcher m = MAX_RSS.matcher(out);
    if (timed && m.find()) {
      peak = Long.parseLong(m.group(1));
      Matcher u = USER.matcher(out);
      Matcher s = SYS.matcher(out);
      if (u.find() && s.find()) cpu = Double.parseDouble(u.group(1)) + Double.parseDouble(s.group(1));
    }
    return new Usage(p.exitValue(), wall, peak, cpu, log);
  }

  /** The largest VmHWM among the process and its descendants (the JVM is a child of GNU time). */
  private static long highWaterMark(ProcessHandle h) {
    long best = read(h.pid());
    for (ProcessHandle c : (Iterable<ProcessHandle>) h.descendants()::iterator) best = Math.max(best, read(c.pid()));
    return best;
  }

  private static long read(long pid) {
    try {
      Matcher m = HWM.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
      return m.find() ? Long.parseLong(m.group(1)) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
