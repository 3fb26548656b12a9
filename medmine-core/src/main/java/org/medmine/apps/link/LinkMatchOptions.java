package org.medmine.apps.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * A lookup in the index: the FHIR Patient to look up ({@code fhir}, a resource or a Bundle of them,
 * JSON), at most {@code limit} candidates per patient, and the thresholds that grade them.
 */
public record LinkMatchOptions(Path fhir, int limit, MatchThresholds thresholds) {
  public LinkMatchOptions {
    Objects.requireNonNull(thresholds, "thresholds");
    if (fhir == null || !Files.isRegularFile(fhir)) {
      throw new MedmineUserException(
          "No file at " + fhir + ": give --fhir FILE, a FHIR Patient in JSON.");
    }
    if (limit < 1) {
      throw new MedmineUserException("--limit must be at least 1, not " + limit + ".");
    }
  }
}
