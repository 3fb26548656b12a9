package org.medmine.apps.prediction;

import java.util.Objects;

/**
 * What {@link StudyApp} runs: a shipped study by name ({@link StudyDefinition#SHIPPED}, {@link
 * StudyDefinition#SHIPPED_REGRESSION}) or a study JSON file, and the seed of the split, folds and
 * trees (null: the study's own). An unknown study or an invalid file is a user error here, before
 * any data is read.
 *
 * @param study the study's name or file
 * @param seed the seed, or null for the one the study names
 */
public record StudyOptions(String study, Long seed) {
  public StudyOptions {
    Objects.requireNonNull(study, "study");
    StudyDefinition.load(study);
  }

  /** The study definition (read again from its resource or file). */
  public StudyDefinition definition() {
    return StudyDefinition.load(study);
  }

  /** The seed the run uses: the one given, else the study's. */
  public long seedFor(StudyDefinition definition) {
    return seed != null ? seed : definition.model().seed();
  }
}
