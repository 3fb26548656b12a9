package org.medmine.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of the scrubber on a gold corpus, per PHI type, per kind and overall. A gold
 * span counts as found when a span the scrubber reports overlaps it (of any type: the text is
 * removed either way); a reported span is correct when it overlaps a gold span. The typed recall
 * asks, in addition, that the types agree.
 */
final class DeidEvaluation {
  /** Counts for one row: gold spans, found, found with the right type, reported spans, correct. */
  static final class Row {
    int gold;
    int found;
    int typed;
    int reported;
    int correct;

    double recall() {
      return gold == 0 ? 1.0 : found / (double) gold;
    }

    double typedRecall() {
      return gold == 0 ? 1.0 : typed / (double) gold;
    }

    double precision() {
      return reported == 0 ? 1.0 : correct / (double) reported;
    }
  }

  final Map<String, Row> byType = new TreeMap<>();
  final Map<String, Row> byKind = new TreeMap<>();
  final Row overall = new Row();
  final List<String> misses = new ArrayList<>();
  final List<String> falseAlarms = new ArrayList<>();

  /** Scores every note of a corpus with the given scrubber. */
  static DeidEvaluation run(List<NoteCorpus.Note> notes, PhiScrubber scrubber) {
    DeidEvaluation e = new DeidEvaluation();
    for (NoteCorpus.Note note : notes) {
      e.add(note, scrubber.find(note.text(), KnownIdentifiers.NONE));
    }
    return e;
  }

  void add(NoteCorpus.Note note, List<PhiSpan> found) {
    String text = note.text();
    for (NoteCorpus.Gold g : note.gold()) {
      boolean hit = found.stream().anyMatch(f -> f.overlaps(g.span()));
      boolean typed =
          found.stream().anyMatch(f -> f.overlaps(g.span()) && f.type() == g.span().type());
      for (Row r : List.of(row(byType, g.span().type().name()), row(byKind, g.kind()), overall)) {
        r.gold++;
        r.found += hit ? 1 : 0;
        r.typed += typed ? 1 : 0;
      }
      if (!hit) {
        misses.add(
            g.kind()
                + "\t"
                + text.substring(g.span().start(), g.span().end()).replace('\n', '~')
                + "\t"
                + context(text, g.span()));
      }
    }
    for (PhiSpan f : found) {
      boolean ok = note.gold().stream().anyMatch(g -> g.span().overlaps(f));
      for (Row r : List.of(row(byType, f.type().name()), overall)) {
        r.reported++;
        r.correct += ok ? 1 : 0;
      }
      if (!ok) {
        falseAlarms.add(
            f.type()
                + "/"
                + f.detector()
                + "\t"
                + text.substring(f.start(), f.end()).replace('\n', '~')
                + "\t"
                + context(text, f));
      }
    }
  }

  private static Row row(Map<String, Row> rows, String key) {
    return rows.computeIfAbsent(key, k -> new Row());
  }

  private static String context(String text, PhiSpan s) {
    return text.substring(Math.max(0, s.start() - 30), Math.min(text.length(), s.end() + 30))
        .replace('\n', ' ');
  }

  /** The table of the figures, as the bench prints it. */
  String table() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-20s %6s %6s %8s %8s %9s%n",
                "type",
                "gold",
                "reported",
                "recall",
                "typed",
                "precision"));
    byType.forEach((k, r) -> b.append(line(k, r)));
    b.append(line("ALL", overall)).append("\nby kind (recall only)\n");
    byKind.forEach((k, r) -> b.append(line(k, r)));
    return b.toString();
  }

  private static String line(String k, Row r) {
    boolean kind = r.reported == 0 && r.correct == 0;
    return String.format(
        Locale.ROOT,
        "%-20s %6d %6s %8.3f %8.3f %9s%n",
        k,
        r.gold,
        kind ? "-" : String.valueOf(r.reported),
        r.recall(),
        r.typedRecall(),
        kind ? "-" : String.format(Locale.ROOT, "%.3f", r.precision()));
  }
}
