package org.haven.matching;

import org.haven.matching.compare.Comparer;
import org.haven.matching.compare.Comparison;
import org.haven.matching.compare.Field;
import org.haven.matching.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "haven.match.verbose", matches = "true")
class TrueMDiagnostic {
  @Test
  void printTrueM() {
    TestPopulation pop = new TestPopulation(6000, 42);
    MatchIndex index = new MatchIndex();
    java.util.Map<String, Profile> byId = new java.util.HashMap<>();
    for (Description d : pop.registrations) byId.put(d.recordId(), index.profile(d));
    for (Description d : pop.requests) byId.put(d.recordId(), index.profile(d));
    double[][] counts = new double[Field.ALL.length][5];
    Comparison c = new Comparison();
    for (String k : pop.truthLink) {
      String[] s = k.split("\\|");
      new Comparer().compare(byId.get(s[0]), byId.get(s[1]), c);
      for (int f = 0; f < c.level.length; f++) if (c.level[f] >= 0) counts[f][c.level[f]]++;
    }
    for (Field f : Field.ALL) {
      double sum = 0; for (double v : counts[f.ordinal()]) sum += v;
      StringBuilder sb = new StringBuilder(f.label);
      for (int l = 0; l < f.levels(); l++) sb.append(String.format(" %.3f", counts[f.ordinal()][l] / sum));
      System.out.println(sb);
    }
  }
}
