package org.medmine.privacy;

import java.util.Arrays;
import java.util.Locale;
import org.medmine.model.MedmineUserException;

/** The roles of shared/DESIGN.md's security model. */
public enum Role {
  ADMIN,
  /** Ingest and quality. */
  DATA_ENGINEER,
  /** De-identified data only. */
  ANALYST,
  /** Identified data for the patient in context. */
  CLINICIAN,
  /** The audit log. */
  AUDITOR;

  /** The role's name as users write it ({@code data-engineer}). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Role parse(String name) {
    return Arrays.stream(values())
        .filter(r -> r.cliName().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new MedmineUserException(
                    "Unknown role '"
                        + name
                        + "': use admin, data-engineer, analyst, clinician or auditor."));
  }
}
