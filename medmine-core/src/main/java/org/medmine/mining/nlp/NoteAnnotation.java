package org.medmine.mining.nlp;

import java.util.List;

/**
 * What the pipeline found in one note: its sections, how many sentences it has, and its concept
 * mentions.
 */
public record NoteAnnotation(List<Section> sections, int sentences, List<NoteMention> mentions) {
  public NoteAnnotation {
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
  }
}
