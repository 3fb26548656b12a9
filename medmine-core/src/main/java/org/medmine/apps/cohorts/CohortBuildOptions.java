package org.medmine.apps.cohorts;

import java.util.List;
import org.medmine.cohort.CohortDefinition;
import org.medmine.model.MedmineUserException;

/**
 * What {@link CohortBuildApp} builds: one or more cohort definitions, with distinct names.
 *
 * @param definitions the definitions, in the order given
 */
public record CohortBuildOptions(List<CohortDefinition> definitions) {
  /** The options of the definitions in {@code files} ({@link CohortDefinition#read}). */
  public static CohortBuildOptions read(List<java.nio.file.Path> files) {
    return new CohortBuildOptions(files.stream().map(CohortDefinition::read).toList());
  }

  /** Refuses no definitions and two definitions of one name. */
  public CohortBuildOptions {
    definitions = List.copyOf(definitions);
    if (definitions.isEmpty()) {
      throw new MedmineUserException("Give at least one cohort definition file.");
    }
    if (definitions.stream().map(CohortDefinition::name).distinct().count() < definitions.size()) {
      throw new MedmineUserException(
          "Two definitions share a cohort name: give each cohort its own \"name\".");
    }
  }
}
