package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.haven.matching.compare.Field;
import org.haven.matching.model.Profile;
import org.haven.matching.score.Model;
import org.junit.jupiter.api.Test;

class LeaveOneOutEstimateTest {
  private static final int BIRTH = Field.DATE_OF_BIRTH.ordinal();
  private static final int GIVEN = Field.GIVEN_NAME.ordinal();

  /**
   * Among registrations, brothers, sisters and namesakes are registered alongside each child; the share of the
   * same child's records that disagree on the birth date or the given name is measured as the truth has it.
   */
  @Test
  void duplicatesAreMeasuredOnTheSameChildNotOnItsBrothersAndSisters() {
    TestPopulation pop = new TestPopulation(3000, 42);
    MatchIndex index = new MatchIndex(Knowledge.defaults());
    List<Profile> profiles = pop.registrations.stream().map(index::profile).toList();
    index.addAll(profiles);

    Model model = new Training(index).dedupeModel(profiles, profiles.size());

    double[][] truth = truthM(pop.truthDedupe, index, profiles);
    double[][] m = model.m();
    // The defaults say 0.03 for the birth date and 0.09 for the given name; the estimate from agreement
    // patterns alone said 0.89 for the birth date on generated registrations and fell back to them.
    assertThat(last(m[BIRTH])).isCloseTo(last(truth[BIRTH]), offset(0.01));
    assertThat(last(m[GIVEN])).isCloseTo(last(truth[GIVEN]), offset(0.025));
  }

  /**
   * Tracing requests against registrations: EM on agreement patterns takes a child's brothers, sisters and
   * namesakes for the child itself; the given name and the birth date are measured instead, and come much
   * closer to the truth than the defaults are.
   */
  @Test
  void requestsAreMeasuredOnTheirOwnChildNotOnItsBrothersAndSisters() {
    TestPopulation pop = new TestPopulation(3000, 42);
    MatchIndex index = new MatchIndex(Knowledge.defaults());
    List<Profile> registrations = pop.registrations.stream().map(index::profile).toList();
    index.addAll(registrations);
    List<Profile> requests = pop.requests.stream().map(index::profile).toList();

    Model model = new Training(index).linkModel(requests, registrations);

    List<Profile> all = new ArrayList<>(registrations);
    all.addAll(requests);
    double[][] truth = truthM(pop.truthLink, index, all);
    double[][] m = model.m();
    double[][] defaults = Model.defaults(3000).m();
    assertThat(Math.abs(last(m[GIVEN]) - last(truth[GIVEN])))
        .isLessThan(Math.abs(last(defaults[GIVEN]) - last(truth[GIVEN])) / 2);
    assertThat(Math.abs(m[GIVEN][0] - truth[GIVEN][0])).isLessThan(Math.abs(defaults[GIVEN][0] - truth[GIVEN][0]));
    assertThat(Math.abs(m[BIRTH][0] - truth[BIRTH][0])).isLessThan(Math.abs(defaults[BIRTH][0] - truth[BIRTH][0]));
    assertThat(last(m[BIRTH])).isLessThanOrEqualTo(last(defaults[BIRTH]));
  }

  private static double last(double[] a) {
    return a[a.length - 1];
  }

  /** m counted on the given true pairs ({@code id|id}). */
  private static double[][] truthM(Collection<String> pairs, MatchIndex index, List<Profile> profiles) {
    Map<String, Profile> byId = new HashMap<>();
    profiles.forEach(p -> byId.put(p.id, p));
    double[][] counts = new double[Field.ALL.length][];
    for (Field f : Field.ALL) {
      counts[f.ordinal()] = new double[f.levels()];
    }
    for (String pair : pairs) {
      String[] ids = pair.split("\\|");
      index.compared(byId.get(ids[0]), byId.get(ids[1]), (c, terms) -> {
        for (int f = 0; f < counts.length; f++) {
          if (c.level[f] >= 0) {
            counts[f][c.level[f]]++;
          }
        }
        return null;
      });
    }
    for (double[] field : counts) {
      double seen = java.util.Arrays.stream(field).sum();
      for (int l = 0; l < field.length; l++) {
        field[l] /= seen;
      }
    }
    return counts;
  }
}
