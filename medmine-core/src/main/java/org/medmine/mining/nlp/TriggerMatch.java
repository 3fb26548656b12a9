package org.medmine.mining.nlp;

/** A trigger found in a sentence, over the sentence's phrase tokens {@code [start, end)}. */
public record TriggerMatch(Trigger trigger, int start, int end) {}
