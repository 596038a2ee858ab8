package org.haven.matching.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateSelectorTest {

  @Test
  void theKthLargestIsFoundWhateverTheOrderAndTies() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(300);
      float[] values = new float[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(round % 2 == 0 ? 5 : 1000) - 2;
      }
      float[] sorted = values.clone();
      Arrays.sort(sorted);
      int k = 1 + random.nextInt(n);
      assertThat(CandidateSelector.kthLargest(values.clone(), n, k)).isEqualTo(sorted[n - k]);
    }
  }

  @Test
  void candidatesSharingRarerKeysComeFirstAndOnlyTheBestAreKept() {
    KeyIndex index = new KeyIndex();
    // Slots 0..99 share a common key; slots 5 and 7 also share a rare one, slot 7 a second rare one.
    for (int slot = 0; slot < 100; slot++) {
      index.add(KeyIndex.hash("common"), slot);
    }
    index.add(KeyIndex.hash("rare"), 5);
    index.add(KeyIndex.hash("rare"), 7);
    index.add(KeyIndex.hash("rarer"), 7);

    int[] best = new CandidateSelector().select(List.of("common", "rare", "rarer"), index, 100, s -> true, -1, 3,
        1000);

    assertThat(best).hasSize(3);
    assertThat(best[0]).isEqualTo(7);
    assertThat(best[1]).isEqualTo(5);
  }

  @Test
  void theQueryItselfDeadSlotsAndPriorsAreRespected() {
    KeyIndex index = new KeyIndex();
    for (int slot = 0; slot < 10; slot++) {
      index.add(KeyIndex.hash("name"), slot);
    }
    CandidateSelector selector = new CandidateSelector();

    int[] best = selector.select(BlockingKeys.Query.byKind(List.of("name")), index, 10, 4, 10, 1000,
        1000, s -> s == 3 ? CandidateSelector.EXCLUDED : s == 8 ? 1f : 0f);

    List<Integer> slots = new ArrayList<>();
    for (int s : best) {
      slots.add(s);
    }
    assertThat(slots).hasSize(8).doesNotContain(3, 4).startsWith(8);
    // Ties keep the order of the postings, so a run is reproducible.
    assertThat(slots.subList(1, 8)).containsExactly(0, 1, 2, 5, 6, 7, 9);
  }
}
