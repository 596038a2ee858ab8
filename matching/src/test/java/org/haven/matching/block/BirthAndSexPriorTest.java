package org.haven.matching.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.matching.Description;
import org.haven.matching.Knowledge;
import org.haven.matching.model.Profile;
import org.haven.matching.model.ProfileFactory;
import org.haven.matching.normalize.TokenTable;
import org.junit.jupiter.api.Test;

class BirthAndSexPriorTest {
  private final Knowledge knowledge = Knowledge.defaults();
  private final ProfileFactory profiles =
      new ProfileFactory(knowledge.parser(), knowledge.places(), new TokenTable(knowledge.names()));

  private Profile child(String id, String sex, String dateOfBirth) {
    return profiles.profile(Description.builder(id).givenName("Amina").sex(sex).dateOfBirth(dateOfBirth).build());
  }

  @Test
  void aCompatibleBirthDateAndSexComeFirstAndAnEmptySlotIsNeverACandidate() {
    long[] facts = {
        BirthAndSexPrior.facts(child("same", "female", "2015-03-02")),
        BirthAndSexPrior.facts(child("year-apart", "female", "2016-06-01")),
        BirthAndSexPrior.facts(child("boy", "male", "2015-03-02")),
        BirthAndSexPrior.facts(child("far", "female", "2008-01-01")),
        BirthAndSexPrior.EMPTY,
        BirthAndSexPrior.facts(child("no-date", "female", null))};
    BirthAndSexPrior prior = new BirthAndSexPrior().of(child("q", "female", "2015-03-01"), facts);

    float same = prior.adjust(0);
    float yearApart = prior.adjust(1);
    float boy = prior.adjust(2);
    float far = prior.adjust(3);
    float noDate = prior.adjust(5);

    assertThat(same).isGreaterThan(yearApart);
    assertThat(yearApart).isGreaterThan(far);
    assertThat(boy).isLessThan(same);
    assertThat(noDate).isZero();
    assertThat(prior.adjust(4)).isEqualTo(CandidateSelector.EXCLUDED);
  }

  @Test
  void judgingAllTouchedSlotsAtOnceAddsWhatEachSlotWouldGetAlone() {
    long[] facts = new long[3000];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = i % 7 == 0 ? BirthAndSexPrior.EMPTY : BirthAndSexPrior.facts(
          child("c" + i, i % 2 == 0 ? "male" : "female", (2005 + i % 15) + "-0" + (1 + i % 9) + "-1" + i % 10));
    }
    BirthAndSexPrior prior = new BirthAndSexPrior().of(child("q", "male", "2012-05-05"), facts);
    int n = 2500;
    int[] slots = new int[n];
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      slots[i] = (i * 7919) % facts.length;
      scores[i] = i / 100f;
    }

    prior.addTo(slots, scores, n);

    for (int i = 0; i < n; i++) {
      float alone = prior.adjust(slots[i]);
      assertThat(scores[i]).isEqualTo(alone == CandidateSelector.EXCLUDED ? alone : i / 100f + alone);
    }
  }
}
