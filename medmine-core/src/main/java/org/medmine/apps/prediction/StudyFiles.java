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
      result.model().write(model(dir, name));
    }
    Path json = dir.resolve(name + "-card.json");
    try {
      Files.writeString(json, ResultJson.write(result.toJson()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the model card " + json, e);
    }
    result.page().write(card(dir, name));
  }

  /** One line for a console on what {@link #write} wrote for {@code result} into {@code dir}. */
  public static String describe(StudyRun result, Path dir) {
    String name = result.study().name();
    return result.trained()
        ? "Model card: " + card(dir, name) + "; model: " + model(dir, name)
        : "No model written; the card shows the cohort and its attrition: " + card(dir, name);
  }

  private static Path card(Path dir, String name) {
    return dir.resolve(name + "-card.html");
  }

  private static Path model(Path dir, String name) {
    return dir.resolve(name + "-model.json");
  }
}
