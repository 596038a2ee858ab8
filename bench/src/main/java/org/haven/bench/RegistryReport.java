package org.haven.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The registry benchmark's results as Markdown, and their place in {@code docs/benchmarks.md}: only the
 * part between the registry markers is replaced, so the "Matching" section and notes written by hand
 * around the results stay as they are.
 */
final class RegistryReport {
  static final String SECTION = "## Registry";
  static final String BEGIN = "<!-- registry results: written by bin/haven bench registry -->";
  static final String END = "<!-- end of registry results -->";

  private RegistryReport() {}

  static String render(RegistryBench.Options o, ZonedDateTime started, List<RegistryBench.DatabaseResult> results,
      String loadBefore, String loadAfter) {
    StringBuilder b = new StringBuilder();
    b.append("Command: `").append(o.commandLine()).append("`, started ")
        .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(started.withNano(0))).append(", ")
        .append(o.clients()).append(" concurrent clients on the same machine as the server.\n\n");
    b.append("Machine (load average ").append(loadBefore).append(" before, ").append(loadAfter)
        .append(" after; the cores were shared with other work during the run):\n\n```\n")
        .append("$ nproc\n").append(run("nproc"))
        .append("$ free -h\n").append(run("free", "-h"))
        .append("$ java -version\n").append(run(ServerProcess.java(), "-version")).append("```\n\n");
    b.append("| database | cases imported | invalid rows skipped | import (s) | import (cases/s) "
        + "| start to healthy (s) | start to match index ready (s) | index build, server's figure (s) |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RegistryBench.DatabaseResult r : results) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f |%n", name(r.database()),
          r.imported(), r.skipped(), r.importSeconds(), r.imported() / r.importSeconds(), r.startSeconds(),
          r.indexReadySeconds(), r.indexBuildMillis() / 1000.0));
    }
    b.append("\n| database | operation | answered | seconds | per second | p50 (ms) | p95 (ms) | p99 (ms) "
        + "| errors | target |\n");
    b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (RegistryBench.DatabaseResult r : results) {
      for (int i = 0; i < r.phases().size(); i++) {
        LoadPhase.Result p = r.phases().get(i);
        b.append("| ").append(name(r.database())).append(" | ").append(p.row()).append(" | ")
            .append(target(i, p)).append(" |\n");
      }
    }
    return b.toString();
  }

  private static String target(int phase, LoadPhase.Result p) {
    return switch (phase) {
      case 0 -> verdict(p.perSecond() >= 300, "≥ 300 registrations/s");
      case 1 -> verdict(p.p95() <= 20, "p95 ≤ 20 ms");
      default -> verdict(p.p95() <= 100, "p95 ≤ 100 ms");
    };
  }

  private static String verdict(boolean met, String target) {
    return (met ? "met: " : "**missed**: ") + target;
  }

  private static String name(String database) {
    return database.equals("h2") ? "embedded (H2)" : "PostgreSQL";
  }

  /** Puts the results into the Registry section of the file, creating the section or the file if needed. */
  static void writeSection(Path file, String results) throws IOException {
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

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out.endsWith("\n") ? out : out + "\n";
    } catch (IOException e) {
      return "(" + e.getMessage() + ")\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)\n";
    }
  }
}
