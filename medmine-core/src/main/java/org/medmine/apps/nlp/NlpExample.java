package org.medmine.apps.nlp;

import java.util.List;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.NoteMention;

/**
 * An example mention for the result and the report: its note, the concept, the words as written,
 * the judgement with its triggers, and the sentence it stands in (white space collapsed, at most
 * {@value #SENTENCE_CHARACTERS} characters). The sentence is note text: identified data, shown only
 * to the roles that may read the warehouse it came from.
 */
public record NlpExample(
    String source,
    String noteId,
    int start,
    String concept,
    String text,
    String assertion,
    String temporality,
    String experiencer,
    List<String> triggers,
    String sentence) {
  static final int SENTENCE_CHARACTERS = 300;

  public NlpExample {
    triggers = List.copyOf(triggers);
  }

  static NlpExample of(NoteConceptTable.Note note, NoteMention m) {
    String sentence =
        note.text().substring(m.sentenceStart(), m.sentenceEnd()).replaceAll("\\s+", " ").strip();
    if (sentence.length() > SENTENCE_CHARACTERS) {
      sentence = sentence.substring(0, SENTENCE_CHARACTERS - 3) + "...";
    }
    ContextJudgement j = m.judgement();
    return new NlpExample(
        note.source(),
        note.id(),
        m.mention().start(),
        m.mention().concept().preferred(),
        m.mention().text(),
        j.assertion().label(),
        j.temporality().label(),
        j.experiencer().label(),
        j.triggers(),
        sentence);
  }

  /** The kind of judgement an example shows: assertion/temporality/experiencer. */
  static String kind(ContextJudgement j) {
    return j.assertion().label() + "/" + j.temporality().label() + "/" + j.experiencer().label();
  }
}
