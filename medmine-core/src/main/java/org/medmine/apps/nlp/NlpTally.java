package org.medmine.apps.nlp;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.MentalHealthMarker;
import org.medmine.mining.nlp.MentalHealthProfile.MarkerMentions;
import org.medmine.mining.nlp.NoteAnnotation;
import org.medmine.mining.nlp.NoteMention;

/**
 * The counts of one {@link NlpApp} run, gathered note by note on the annotating threads
 * (thread-safe), in memory that grows with the concepts and patients, never with the notes: notes,
 * bytes, sentences and mentions; mentions by assertion, temporality and experiencer; mentions per
 * concept; the mental-health mention counts per patient; and per kind of judgement the example that
 * comes first in (source, note id, offset) order, so that the examples do not depend on which
 * thread finished first.
 */
final class NlpTally {
  private static final Comparator<NlpExample> FIRST =
      Comparator.comparing(NlpExample::source)
          .thenComparing(NlpExample::noteId)
          .thenComparingInt(NlpExample::start);

  final LongAdder notes = new LongAdder();
  final LongAdder bytes = new LongAdder();
  final LongAdder sentences = new LongAdder();
  final LongAdder mentions = new LongAdder();
  final LongAdder assertedOfPatient = new LongAdder();
  final Map<String, LongAdder> judgements = new ConcurrentHashMap<>();
  final Map<String, ConceptCount> concepts = new ConcurrentHashMap<>();
  final Map<List<String>, Map<MentalHealthMarker, MarkerMentions>> mentalHealth =
      new ConcurrentHashMap<>();
  private final Map<String, NlpExample> examples = new ConcurrentHashMap<>();

  /** Mentions of one concept: all of them, and those asserted of the patient. */
  static final class ConceptCount {
    final NoteMention first;
    final LongAdder all = new LongAdder();
    final LongAdder asserted = new LongAdder();

    ConceptCount(NoteMention first) {
      this.first = first;
    }
  }

  void add(NoteConceptTable.Note note, NoteAnnotation a) {
    notes.increment();
    bytes.add(note.text().getBytes(StandardCharsets.UTF_8).length);
    sentences.add(a.sentences());
    mentions.add(a.mentions().size());
    for (NoteMention m : a.mentions()) {
      ContextJudgement j = m.judgement();
      count("assertion", j.assertion().label());
      count("temporality", j.temporality().label());
      count("experiencer", j.experiencer().label());
      ConceptCount c =
          concepts.computeIfAbsent(m.mention().concept().id(), k -> new ConceptCount(m));
      c.all.increment();
      if (j.isAssertedOfPatient()) {
        c.asserted.increment();
        assertedOfPatient.increment();
      }
      MentalHealthMarker marker = m.mention().concept().marker();
      if (marker != MentalHealthMarker.NONE) {
        mentalHealth
            .computeIfAbsent(
                List.of(note.source(), note.patientId()),
                k -> java.util.Collections.synchronizedMap(new EnumMap<>(MentalHealthMarker.class)))
            .merge(marker, MarkerMentions.NONE.plus(j), NlpTally::sum);
      }
      String kind = NlpExample.kind(j);
      NlpExample current = examples.get(kind);
      if (current == null || precedes(note, m, current)) {
        examples.merge(kind, NlpExample.of(note, m), (x, y) -> FIRST.compare(x, y) <= 0 ? x : y);
      }
    }
  }

  private static boolean precedes(NoteConceptTable.Note note, NoteMention m, NlpExample e) {
    int c = note.source().compareTo(e.source());
    c = c != 0 ? c : note.id().compareTo(e.noteId());
    return c < 0 || (c == 0 && m.mention().start() < e.start());
  }

  private void count(String dimension, String label) {
    judgements.computeIfAbsent(dimension + "=" + label, k -> new LongAdder()).increment();
  }

  /** The mentions with {@code label} in {@code dimension} ({@code assertion=negated}, ...). */
  long judged(String dimension, String label) {
    LongAdder n = judgements.get(dimension + "=" + label);
    return n == null ? 0 : n.sum();
  }

  /** The examples, one per kind of judgement, ordered by kind. */
  List<NlpExample> examples() {
    return new TreeMap<>(examples).values().stream().toList();
  }

  private static MarkerMentions sum(MarkerMentions a, MarkerMentions b) {
    return new MarkerMentions(
        a.asserted() + b.asserted(),
        a.negated() + b.negated(),
        a.uncertain() + b.uncertain(),
        a.family() + b.family());
  }
}
