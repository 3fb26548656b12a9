package org.medmine.apps.deid;

import java.util.Objects;
import java.util.Optional;
import org.medmine.warehouse.EncryptedWarehouses;

/**
 * The secrets a de-identification needs, kept out of its options (and so out of any provenance or
 * log): the pseudonymization secret (HMAC-SHA256 key of the pseudonyms and date shifts), the key of
 * the source warehouse when it is encrypted, and the key to create the new warehouse encrypted
 * under, if it is to be.
 */
public record DeidKeys(
    byte[] pseudonyms,
    Optional<EncryptedWarehouses.Key> source,
    Optional<EncryptedWarehouses.Key> out) {
  /**
   * The environment variable front ends read the pseudonymization secret from ({@code medmine
   * deid}, {@code scrub --mode surrogate}, the demo).
   */
  public static final String SECRET_ENV = "MEDMINE_DEID_KEY";

  public DeidKeys {
    Objects.requireNonNull(pseudonyms, "pseudonyms");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
  }

  /** Never the secrets themselves. */
  @Override
  public String toString() {
    return "DeidKeys[pseudonyms=<secret>, source="
        + (source.isPresent() ? "<key>" : "none")
        + ", out="
        + (out.isPresent() ? "<key>" : "none")
        + "]";
  }
}
