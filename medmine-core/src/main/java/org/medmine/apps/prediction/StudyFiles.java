package org.medmine.apps.prediction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.context.ResultJson;

/**
 * The files of a study run, as {@code medmine study run} and the demo write them: its model card as
 * JSON and HTML, and its saved model when it was trained (what {@code medmine predict} reads).
 */
public final class StudyFiles {
  private StudyFiles() {}

  /**
   * Writes NAME-card.json (the card with the run's provenance), NAME-card.html and, when the study
   * was trained, NAME-model.json (for 'medmine predict') to {@code dir}.
   */
  public static void write(StudyRun result, Path dir) {
    String name = result.study().name();
    if (result.trained()) {
      result.model().write(dir.resolve(name + "-model.json"));
    }
    try {
      Files.writeString(dir.resolve(name + "-card.json"), ResultJson.write(result.toJson()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not write the model card " + dir.resolve(name + "-card.json"), e);
    }
    result.page().write(dir.resolve(name + "-card.html"));
  }
}
