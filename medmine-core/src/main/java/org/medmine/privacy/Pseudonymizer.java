package org.medmine.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms (HMAC-SHA256, RFC 2104): the same id under the same secret always gives the same
 * pseudonym, so joins survive de-identification across tables and runs, while without the secret a
 * pseudonym cannot be linked back to its id (not even by hashing candidate ids).
 */
public final class Pseudonymizer {
  private final Mac mac;

  /** A pseudonymizer under {@code secret}; not thread-safe (one per thread). */
  public Pseudonymizer(byte[] secret) {
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.clone(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] mac(String domain, String value) {
    mac.update(domain.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }

  /** The pseudonym of an id: 128 bits of its HMAC, as 32 hex digits. */
  public String pseudonym(String id) {
    return HexFormat.of().formatHex(mac("id", id), 0, 16);
  }

  /**
   * A keyed choice among {@code bound} options for {@code value} (the same value under the same
   * secret always gives the same choice): how the scrubber picks a consistent surrogate name.
   */
  public int choice(String domain, String value, int bound) {
    return Math.floorMod(ByteBuffer.wrap(mac(domain, value)).getInt(), bound);
  }

  /**
   * The date shift of a patient, in days: a keyed, per-patient offset in [-365, 365] other than 0,
   * the same for every date of the patient so intervals survive.
   */
  public int dateShiftDays(String patientId) {
    int n = Math.floorMod(ByteBuffer.wrap(mac("date-shift", patientId)).getInt(), 730);
    return n < 365 ? n - 365 : n - 364;
  }
}
