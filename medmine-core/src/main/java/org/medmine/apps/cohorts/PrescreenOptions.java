package org.medmine.apps.cohorts;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.Objects;
import org.medmine.cohort.CohortDefinition;

/**
 * What {@link PrescreenApp} screens for: one cohort definition, as of a day.
 *
 * @param definition the cohort definition whose criteria a patient must meet
 * @param asOf the screening day, or null for the warehouse's last encounter day ({@link
 *     org.medmine.cohort.DataEnd})
 */
public record PrescreenOptions(
    CohortDefinition definition, @JsonSerialize(using = ToStringSerializer.class) LocalDate asOf) {
  public PrescreenOptions {
    Objects.requireNonNull(definition, "definition");
  }

  /** The options of the definition in {@code file} ({@link CohortDefinition#read}). */
  public static PrescreenOptions read(java.nio.file.Path file, LocalDate asOf) {
    return new PrescreenOptions(CohortDefinition.read(file), asOf);
  }
}
