package org.medmine.apps.quality;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link QualityApp} checks: the built-in catalogue plus the user's {@code checkFiles} (JSON
 * in the format of the built-in {@code checks.json}; a check with the id of a built-in one replaces
 * it).
 */
public record QualityOptions(List<Path> checkFiles) {
  /** The built-in checks only, as {@code medmine report --quality} and the demo run them. */
  public static final QualityOptions BUILT_IN = new QualityOptions(List.of());

  public QualityOptions {
    checkFiles = List.copyOf(checkFiles);
  }
}
