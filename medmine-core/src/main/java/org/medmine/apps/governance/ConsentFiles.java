package org.medmine.apps.governance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.medmine.model.MedmineUserException;

/**
 * Consent to load: FHIR Consent resources ({@code fhir}: JSON, Bundle or NDJSON) and opt-out lists
 * ({@code optOut}: one patient id per line), for the patients of {@code source}. Every file must
 * exist.
 */
public record ConsentFiles(String source, List<Path> fhir, List<Path> optOut) {
  public ConsentFiles {
    Objects.requireNonNull(source, "source");
    fhir = List.copyOf(fhir);
    optOut = List.copyOf(optOut);
    for (Path f : all(fhir, optOut)) {
      if (!Files.isRegularFile(f)) {
        throw new MedmineUserException("Input " + f + " does not exist: check the path.");
      }
    }
  }

  /** Every file, FHIR first. */
  public List<Path> all() {
    return all(fhir, optOut);
  }

  private static List<Path> all(List<Path> fhir, List<Path> optOut) {
    return Stream.concat(fhir.stream(), optOut.stream()).toList();
  }
}
