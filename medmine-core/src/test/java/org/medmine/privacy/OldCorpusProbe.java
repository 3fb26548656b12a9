package org.medmine.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.TestPopulations;

/** Temporary probe. */
class OldCorpusProbe {
  @Test
  void old() throws Exception {
    List<PhiCorpus.Note> corpus = new ArrayList<>(PhiCorpus.synthetic(400, 7));
    corpus.addAll(PhiCorpus.synthea(TestPopulations.small().fhirDir(), 8));
    List<String> out = new ArrayList<>();
    PhiScrubber s = new PhiScrubber();
    for (PhiCorpus.Note n : corpus) {
      List<PhiSpan> found = s.find(n.text(), n.known());
      for (PhiSpan t : n.truth()) {
        if (found.stream().noneMatch(f -> f.type() == t.type() && f.start() <= t.start() && f.end() >= t.end())) {
          out.add("MISS " + t.type() + "\t" + n.text().substring(t.start(), t.end()) + "\t" + n.text().substring(Math.max(0, t.start() - 40), Math.min(n.text().length(), t.end() + 30)).replace('\n', ' '));
        }
      }
      for (PhiSpan f : found) {
        if (n.truth().stream().noneMatch(t -> t.overlaps(f) && t.type() == f.type())) {
          out.add("FA " + f.type() + "/" + f.detector() + "\t" + n.text().substring(f.start(), f.end()) + "\t" + n.text().substring(Math.max(0, f.start() - 40), Math.min(n.text().length(), f.end() + 30)).replace('\n', ' '));
        }
      }
    }
    Files.write(Path.of("/tmp/scrub16/old.txt"), out);
  }
}
