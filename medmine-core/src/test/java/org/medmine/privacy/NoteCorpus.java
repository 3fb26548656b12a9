package org.medmine.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-written de-identification corpus of issue 16: notes in three styles, with PHI of every
 * kind in varied forms, clinical numbers that are not PHI, and the gold span of every PHI value.
 * Two parts with different seeds, different pools of people and places ({@link NotePools}) and
 * partly different sentences ({@link NoteTemplates}): {@link Part#DEV} to tune on, {@link
 * Part#HELD_OUT} to report. Written by hand, so it shows what the detectors do on the forms it
 * holds, not how they fare on real notes.
 */
final class NoteCorpus {
  /** A part of the corpus: its seed and pools. */
  enum Part {
    DEV(1601L, NotePools.DEV),
    HELD_OUT(1699L, NotePools.HELD_OUT);

    final long seed;
    final NotePools pools;

    Part(long seed, NotePools pools) {
      this.seed = seed;
      this.pools = pools;
    }
  }

  /** A style of note. */
  enum Style {
    NURSING,
    DISCHARGE,
    RADIOLOGY
  }

  /** A gold span and its kind ("NAME/relative", "DATE/short", ...). */
  record Gold(PhiSpan span, String kind) {}

  /** A note of the corpus: its id, its patient, its style, its text and gold spans. */
  record Note(String id, String patient, Style style, String text, List<Gold> gold) {
    List<PhiSpan> spans() {
      return gold.stream().map(Gold::span).toList();
    }
  }

  private static final Pattern KEY = Pattern.compile("\\{([A-Z0-9]+)\\}");

  private NoteCorpus() {}

  /** {@code count} notes of a part; the same part and count always give the same notes. */
  static List<Note> generate(Part part, int count) {
    Random rnd = new Random(part.seed);
    PhiForms forms = new PhiForms(rnd);
    List<Note> notes = new ArrayList<>(count);
    int patients = Math.max(1, count / 4);
    List<NotePeople> people = new ArrayList<>();
    for (int p = 0; p < patients; p++) {
      people.add(NotePeople.draw(part.pools, forms));
    }
    for (int i = 0; i < count; i++) {
      Style style = Style.values()[i % 3];
      int patient = rnd.nextInt(patients);
      NoteFiller filler = new NoteFiller(forms, part.pools, people.get(patient));
      StringBuilder text = new StringBuilder();
      List<Gold> gold = new ArrayList<>();
      List<String> sentences = NoteTemplates.sentences(style, part);
      int n = forms.between(6, 12);
      for (int s = 0; s < n; s++) {
        String template = forms.pick(sentences);
        fill(template, filler, text, gold);
        text.append(style == Style.NURSING && forms.chance(0.6) ? " " : "\n");
      }
      String body = text.toString();
      if (style == Style.NURSING && forms.chance(0.2)) {
        String upper = body.toUpperCase(Locale.ROOT);
        body = upper.length() == body.length() ? upper : body;
      }
      notes.add(
          new Note(
              part.name().toLowerCase(Locale.ROOT) + "-" + (i + 1),
              "patient-" + (patient + 1),
              style,
              body,
              gold));
    }
    return notes;
  }

  private static void fill(
      String template, NoteFiller filler, StringBuilder text, List<Gold> gold) {
    Matcher m = KEY.matcher(template);
    int at = 0;
    while (m.find()) {
      text.append(template, at, m.start());
      for (NoteFiller.Piece piece : filler.fill(m.group(1))) {
        if (piece.kind() != null && !piece.text().isEmpty()) {
          int start = text.length();
          gold.add(
              new Gold(
                  new PhiSpan(start, start + piece.text().length(), piece.type()), piece.kind()));
        }
        text.append(piece.text());
      }
      at = m.end();
    }
    text.append(template, at, template.length());
  }
}
