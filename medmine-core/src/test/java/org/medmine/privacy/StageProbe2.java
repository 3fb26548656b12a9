package org.medmine.privacy;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
class StageProbe2 {
  @Test
  void detectors() {
    var notes = NoteCorpus.generate(NoteCorpus.Part.DEV, 400);
    for (int round = 0; round < 6; round++) {
      StringBuilder b = new StringBuilder("DET");
      for (PhiPatterns.Detector d : PhiPatterns.DETECTORS) {
        long t0 = System.nanoTime();
        for (var n : notes) {
          if (d.mayMatch(n.text().toLowerCase())) {
            Matcher m = d.pattern().matcher(n.text());
            while (m.find()) { }
          }
        }
        b.append(' ').append(d.name()).append('=').append((System.nanoTime() - t0) / 1000000);
      }
      System.out.println(b);
    }
  }
}
