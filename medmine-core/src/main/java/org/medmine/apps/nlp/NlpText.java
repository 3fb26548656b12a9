package org.medmine.apps.nlp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.medmine.report.TextTable;

/** The console text of an {@link NlpResult}: counts, throughput, top concepts, examples. */
final class NlpText {
  private NlpText() {}

  /** Two lines: what was read and written, and how fast. */
  static String summary(NlpResult r) {
    NlpResult.Corpus c = r.corpus();
    NlpResult.Throughput t = r.throughput();
    return String.format(
        Locale.ROOT,
        "nlp: %,d notes (%.1f MB), %,d sentences, %,d mentions -> %,d rows of note_concept;"
            + " %,d mentions asserted of the patient%n"
            + "nlp: %.1f s on %d %s = %,.0f notes/s, %.2f MB/s; lexicon %,d concepts (%,d"
            + " shipped)%n",
        c.notes(),
        c.megabytes(),
        c.sentences(),
        c.mentions(),
        c.rowsWritten(),
        c.assertedOfPatient(),
        t.seconds(),
        t.threads(),
        t.threads() == 1 ? "thread" : "threads",
        t.notesPerSecond(),
        t.megabytesPerSecond(),
        c.lexiconConcepts(),
        c.shippedConcepts());
  }

  static String of(NlpResult r) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.print(summary(r));
    for (Map.Entry<String, Map<String, Long>> d : r.judgements().entrySet()) {
      StringBuilder line = new StringBuilder("  " + d.getKey() + ":");
      d.getValue().forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %,d", k, v)));
      out.println(line);
    }
    out.println("Most mentioned concepts:");
    out.printf(Locale.ROOT, "  %-40s %-20s %10s %10s%n", "concept", "code", "mentions", "asserted");
    for (NlpResult.ConceptCount c : r.topConcepts()) {
      out.printf(
          Locale.ROOT,
          "  %-40s %-20s %,10d %,10d%n",
          TextTable.clip(c.concept(), 40),
          c.code() == null ? "-" : c.code(),
          c.mentions(),
          c.assertedOfPatient());
    }
    out.println("Examples (assertion/temporality/experiencer: mention [triggers] in sentence):");
    for (NlpExample e : r.examples()) {
      out.printf(
          Locale.ROOT,
          "  %s/%s/%s: %s %s in \"%s\"%n",
          e.assertion(),
          e.temporality(),
          e.experiencer(),
          e.text(),
          e.triggers(),
          TextTable.clip(e.sentence(), 120));
    }
    long present =
        r.mentalHealth().stream()
            .filter(p -> !p.toJson().get("present").equals(java.util.List.of()))
            .count();
    out.printf(
        Locale.ROOT,
        "Mental health: %,d patients with a marker mention or a screening score, %,d with a marker"
            + " present; %,d screening values skipped (not a total of their instrument)%n",
        r.mentalHealth().size(),
        present,
        r.screeningValuesSkipped());
    out.flush();
    return text.toString();
  }
}
