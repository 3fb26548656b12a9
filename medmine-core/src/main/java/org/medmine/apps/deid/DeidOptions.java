package org.medmine.apps.deid;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.DeidPolicy;

/**
 * A de-identification: the new warehouse to write ({@code out}, which must not exist), the policy,
 * and the date at which living patients' ages are computed (ages over 89 collapse to 90).
 */
public record DeidOptions(Path out, DeidPolicy policy, LocalDate asOf) {
  public DeidOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The options as the command line gives them, checked in this order: {@code out}, then the
   * policy's name.
   */
  public static DeidOptions of(Path out, String policy, LocalDate asOf) {
    if (out == null) {
      throw new MedmineUserException(
          "Missing --out FILE: give the path of the new de-identified warehouse.");
    }
    return new DeidOptions(out, DeidPolicy.parse(policy), asOf);
  }
}
