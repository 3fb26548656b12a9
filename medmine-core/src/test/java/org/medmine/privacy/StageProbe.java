package org.medmine.privacy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
class StageProbe {
  @Test
  void stages() {
    var notes = NoteCorpus.generate(NoteCorpus.Part.DEV, 400);
    NameDetector nd = new NameDetector(NameLexicon.get());
    LocationDetector ld = new LocationDetector(NameLexicon.get());
    long[] t = new long[6];
    for (int round = 0; round < 3; round++) {
      java.util.Arrays.fill(t, 0);
      for (var n : notes) {
        String s = n.text();
        List<PhiCandidate> out = new ArrayList<>();
        long a = System.nanoTime();
        var mask = ClinicalNumbers.mask(s);
        long b = System.nanoTime();
        var tok = NoteTokens.of(s);
        long c = System.nanoTime();
        PhiPatterns.find(s, mask, out);
        long d = System.nanoTime();
        DateDetector.find(s, mask, out);
        long e = System.nanoTime();
        nd.find(tok, out);
        long f = System.nanoTime();
        ld.find(s, tok, out);
        long g = System.nanoTime();
        t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e; t[5] += g - f;
      }
      System.out.printf("STAGE mask %d tok %d patterns %d dates %d names %d places %d ms%n", t[0] / 1000000, t[1] / 1000000, t[2] / 1000000, t[3] / 1000000, t[4] / 1000000, t[5] / 1000000);
    }
  }
}
