package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.haven.matching.compare.Field;
import org.haven.matching.compare.ParentLevels;
import org.haven.matching.model.Profile;
import org.haven.matching.score.Model;
import org.junit.jupiter.api.Test;

class TrainingTest {
  /**
   * Requests about registered children (the traceable half kept in the index) and requests about children
   * whose registrations were taken out of it: the same descriptions, only the index differs.
   */
  private static final class HalfRegistered {
    final List<Description> indexed = new ArrayList<>();
    final List<Description> registeredOnly = new ArrayList<>();
    final List<Description> all = new ArrayList<>();

    HalfRegistered(TestPopulation pop) {
      Set<String> hidden = new HashSet<>();
      int traceable = 0;
      for (Description q : pop.requests) {
        List<String> registrations = pop.truthLink.stream().filter(k -> k.startsWith(q.recordId() + "|"))
            .map(k -> k.substring(k.indexOf('|') + 1)).toList();
        if (registrations.isEmpty()) {
          continue;
        }
        if (traceable++ % 2 == 0) {
          registeredOnly.add(q);
        } else {
          hidden.addAll(registrations);
        }
        all.add(q);
      }
      pop.registrations.stream().filter(d -> !hidden.contains(d.recordId())).forEach(indexed::add);
    }
  }

  private static double priorBits(List<Description> left, List<Description> right) {
    MatchIndex index = new MatchIndex(Knowledge.defaults());
    List<Profile> rightProfiles = right.stream().map(index::profile).toList();
    index.addAll(rightProfiles);
    List<Profile> leftProfiles = left.stream().map(index::profile).toList();
    return new Training(index).linkModel(leftProfiles, rightProfiles).priorBits();
  }

  @Test
  void thePriorFallsWhenFewerRequestsAreAboutRegisteredChildren() {
    HalfRegistered data = new HalfRegistered(new TestPopulation(3000, 42));

    double allRegistered = priorBits(data.registeredOnly, data.indexed);
    double halfRegistered = priorBits(data.all, data.indexed);

    // Half the requests about registered children: the odds of a match for any one of them at least halve.
    assertThat(halfRegistered).isLessThan(allRegistered - 1);
  }

  @Test
  void matchesStayRightWhenHalfTheRequestsAreAboutChildrenNeverRegistered() {
    TestPopulation pop = new TestPopulation(3000, 42);
    HalfRegistered data = new HalfRegistered(pop);
    Linker linker = new Linker(Knowledge.defaults(), Linker.Settings.linkDefaults(), m -> { });

    List<MatchPair> pairs = linker.link(data.all, data.indexed).pairs();

    Set<String> match = new HashSet<>();
    pairs.stream().filter(p -> p.decision() == Decision.MATCH).forEach(p -> match.add(p.leftId() + "|" + p.rightId()));
    Set<String> truth = new HashSet<>(pop.truthLink);
    Set<String> indexedIds = new HashSet<>();
    data.indexed.forEach(d -> indexedIds.add(d.recordId()));
    truth.removeIf(k -> !indexedIds.contains(k.substring(k.indexOf('|') + 1)));
    TestPopulation.Quality q = TestPopulation.quality(match, truth);
    assertThat(q.precision()).isGreaterThan(0.98);
    assertThat(q.recall()).isGreaterThan(0.4);
  }

  @Test
  void anEstimateOfMoreExactAgreementIsFollowedToTheEdgeOfTheTrustRegion() {
    double[][] defaults = Model.defaults(100_000).m();
    double[][] estimate = copyOf(defaults);
    // Records written down uniformly: the same child's given names are equal nine times in ten.
    estimate[GIVEN] = new double[] {0.9, 0.04, 0.02, 0.02, 0.02};
    // Brothers and sisters counted as the same child: birth dates seem to disagree half the time.
    estimate[BIRTH] = new double[] {0.25, 0.0, 0.2, 0.1, 0.05, 0.4};

    double[][] m = new Training(new MatchIndex(Knowledge.defaults())).trusted(estimate, defaults, Training.TRUST);

    assertThat(totalVariation(m[GIVEN], defaults[GIVEN])).isCloseTo(0.2, offset(1e-9));
    assertThat(m[GIVEN][0]).isGreaterThan(defaults[GIVEN][0] + 0.15);
    assertThat(m[GIVEN][m[GIVEN].length - 1]).isLessThan(defaults[GIVEN][defaults[GIVEN].length - 1]);
    assertThat(m[BIRTH]).containsExactly(defaults[BIRTH]);
    assertThat(m[Field.SEX.ordinal()]).containsExactly(estimate[Field.SEX.ordinal()]);
  }

  @Test
  void aParentsFirstNameAgreeingMoreOftenIsFollowedThoughTheFullNameAgreesLessOften() {
    double[][] defaults = Model.defaults(100_000).m();
    double[][] estimate = copyOf(defaults);
    // Fathers' further parts are the child's family name, so their full names hardly ever count; their first
    // names agree for nearly every true pair.
    estimate[FATHER] = new double[] {0.02, 0.93, 0.04, 0.01};

    double[][] m = new Training(new MatchIndex(Knowledge.defaults())).trusted(estimate, defaults, Training.TRUST);

    assertThat(totalVariation(m[FATHER], defaults[FATHER])).isCloseTo(Training.TRUST, offset(1e-9));
    assertThat(m[FATHER][ParentLevels.FIRST_NAME]).isGreaterThan(defaults[FATHER][ParentLevels.FIRST_NAME] + 0.1);
    assertThat(m[FATHER][ParentLevels.DIFFERENT]).isLessThan(defaults[FATHER][ParentLevels.DIFFERENT]);
  }

  @Test
  void aMeasuredEstimateGoesFurtherButNeverFindsBirthDatesApartMoreOftenThanTheDefaults() {
    double[][] defaults = Model.defaults(100_000).m();
    double[][] estimate = copyOf(defaults);
    // Plainly written records: the same child's given names and birth dates are mostly equal. Namesakes that
    // share the given name and look like the family put a tenth of the birth dates apart.
    estimate[GIVEN] = new double[] {0.78, 0.12, 0.04, 0.03, 0.03};
    estimate[BIRTH] = new double[] {0.8, 0.0, 0.01, 0.04, 0.02, 0.01, 0.01, 0.01, 0.1};
    Training training = new Training(new MatchIndex(Knowledge.defaults()));

    double[][] measured = training.measuredTrusted(estimate, defaults);
    double[][] fromPatterns = training.trusted(estimate, defaults, Training.TRUST);

    assertThat(measured[GIVEN]).containsExactly(estimate[GIVEN]);
    assertThat(totalVariation(fromPatterns[GIVEN], defaults[GIVEN])).isCloseTo(Training.TRUST, offset(1e-9));
    double[] b = measured[BIRTH];
    assertThat(b[b.length - 1]).isCloseTo(defaults[BIRTH][b.length - 1], offset(1e-9));
    assertThat(java.util.Arrays.stream(b).sum()).isCloseTo(1.0, offset(1e-9));
    assertThat(b[0]).isGreaterThan(0.75);
  }

  @Test
  void whenTheRecordsWereTakenCountsAsFarAsTheDataShowAndNotAtAllWhereTheyShowNoRelation() {
    Model defaults = Model.defaults(100_000);
    double[][] u = new double[Field.ALL.length][];
    for (Field f : Field.ALL) {
      u[f.ordinal()] = f.defaultU.clone();
    }
    double[][] baseline = Training.withoutRecordingEvidence(defaults.m(), u);
    int after = Field.RECORDED_AFTER_SEPARATION.ordinal();
    int apart = Field.RECORDED_ON.ordinal();
    assertThat(baseline[after]).containsExactly(u[after]);
    assertThat(baseline[GIVEN]).containsExactly(defaults.m()[GIVEN]);
    double[][] estimate = copyOf(baseline);
    // Every registration taken within two years after the family's account of the separation, none before.
    estimate[after] = new double[] {0.76, 0.238, 0.001, 0.001};
    // A deployment that records the day of an import: the same child's records are as far apart as any two.
    estimate[apart] = new double[] {0.14, 0.12, 0.22, 0.52};

    double[][] m = new Training(new MatchIndex(Knowledge.defaults())).measuredTrusted(estimate, baseline);

    assertThat(m[after]).containsExactly(estimate[after]);
    assertThat(m[apart]).containsExactly(u[apart]);
  }

  private static final int GIVEN = Field.GIVEN_NAME.ordinal();
  private static final int BIRTH = Field.DATE_OF_BIRTH.ordinal();
  private static final int FATHER = Field.FATHER_NAME.ordinal();

  private static double[][] copyOf(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int f = 0; f < m.length; f++) {
      copy[f] = m[f].clone();
    }
    return copy;
  }

  private static double totalVariation(double[] a, double[] b) {
    double tv = 0;
    for (int l = 0; l < a.length; l++) {
      tv += Math.abs(a[l] - b[l]) / 2;
    }
    return tv;
  }
}
