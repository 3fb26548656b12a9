package org.medmine.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Temporary: prints the dev figures while tuning (removed before the branch is done). */
class DevCorpusProbe {
  @Test
  void dev() throws Exception {
    var notes = NoteCorpus.generate(NoteCorpus.Part.DEV, 400);
    var e = DeidEvaluation.run(notes, new PhiScrubber());
    System.out.println(e.table());
    Files.write(Path.of("/tmp/scrub16/misses.txt"), e.misses);
    Files.write(Path.of("/tmp/scrub16/fa.txt"), e.falseAlarms);
    Files.writeString(Path.of("/tmp/scrub16/sample.txt"), notes.get(0).text() + "\n-----\n" + notes.get(1).text() + "\n-----\n" + notes.get(2).text() + "\n-----\n" + notes.get(9).text());
  }
}
