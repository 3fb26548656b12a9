package org.medmine.apps.scrub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * What {@link NoteScrubbing} does: the input files, the folder for the outputs (null: beside each
 * input) and the mode.
 */
public record ScrubOptions(List<Path> files, Path outDir, Mode mode) {
  /** What is written for each input. */
  public enum Mode {
    /** Each span replaced by its type ({@code [NAME]}, {@code [DATE]}), and the spans. */
    TAG,
    /**
     * A consistent fake per person and patient, dates shifted by the patient's offset, and the
     * spans.
     */
    SURROGATE,
    /** Only the spans. */
    SPANS;

    /** The mode's name on the command line. */
    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ScrubOptions {
    files = List.copyOf(files);
    java.util.Objects.requireNonNull(mode, "mode");
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new MedmineUserException("Input " + f + " does not exist: check the path.");
      }
    }
  }

  /** The mode named {@code name} ({@code tag}, {@code surrogate} or {@code spans}). */
  public static Mode mode(String name) {
    for (Mode m : Mode.values()) {
      if (m.cliName().equals(name)) {
        return m;
      }
    }
    throw new MedmineUserException("Unknown --mode '" + name + "': use tag, surrogate or spans.");
  }
}
