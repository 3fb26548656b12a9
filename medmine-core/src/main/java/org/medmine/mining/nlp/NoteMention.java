package org.medmine.mining.nlp;

/**
 * A concept mention of a note with its context: the section it lies in, the ConText judgement, and
 * the sentence's offsets in the note ({@code sentenceStart} inclusive, {@code sentenceEnd}
 * exclusive), the row of {@code note_concept} an application stores.
 */
public record NoteMention(
    ConceptMention mention,
    SectionKind section,
    ContextJudgement judgement,
    int sentenceStart,
    int sentenceEnd) {}
