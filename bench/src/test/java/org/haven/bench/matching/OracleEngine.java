package org.haven.bench.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in engine with MatchCommand's command line that answers from the truth files next to its input:
 * every true pair as {@code match}, plus one wrong {@code review} row per request.
 */
public final class OracleEngine {
  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) o.put(args[i].substring(2), args[i + 1]);
    boolean link = args[0].equals("link");
    Path dir = Path.of(link ? o.get("left") : o.get("input")).getParent();
    List<String> truth = Files.readAllLines(dir.resolve(link ? "truth_link.csv" : "truth_dedupe.csv"));
    List<String> out = new ArrayList<>();
    out.add("left_id,right_id,probability,decision,explanation");
    for (String line : truth.subList(1, truth.size())) {
      out.add(line + ",0.99,match,given_name:+5.0");
      if (link) out.add(line.substring(0, line.indexOf(',')) + ",Cnone,0.20,review,");
    }
    Files.write(Path.of(o.get("out")), out);
  }
}
