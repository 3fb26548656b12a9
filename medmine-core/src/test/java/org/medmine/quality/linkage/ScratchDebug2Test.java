package org.medmine.quality.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchDebug2Test {
  @Test
  void debug() {
    Random random = new Random(7);
    String[] syllables = {"ka", "lo", "mi", "ra", "ten", "vo", "sul", "dri", "nea", "pho", "gu", "zel"};
    List<PatientRecord> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String given = syllables[random.nextInt(12)] + syllables[random.nextInt(12)] + syllables[random.nextInt(12)];
      String family = syllables[random.nextInt(12)] + syllables[random.nextInt(12)] + "son" + i;
      LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(36_000));
      out.add(new PatientRecord("a", "q" + i, given, family, null, birth, random.nextBoolean() ? "male" : "female",
          "9990" + (10000 + i), (200 + i) + " oak avenue", "town" + random.nextInt(40), "0" + (1000 + i % 90),
          "555100" + (1000 + i), null, null));
    }
    PatientLinker.Result r = PatientLinker.link(out, PatientLinker.Options.defaults());
    System.out.println("p=" + r.model().prevalence());
    for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
      System.out.println(PairComparator.FIELDS.get(f).name() + " m=" + Arrays.toString(r.model().m()[f]) + " u=" + Arrays.toString(r.model().u()[f]));
    }
    for (ScoredPair s : r.matches()) {
      System.out.println("LINK " + s.a() + " ~ " + s.b() + " " + PairComparator.describe(s.levels()) + " p=" + s.probability() + " w=" + Arrays.toString(s.fieldWeights()));
    }
  }
}
