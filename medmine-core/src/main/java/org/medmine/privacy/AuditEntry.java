package org.medmine.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * One entry of the audit trail: who (actor, role) did what (action, tables, rows, detail) when,
 * chained to the entry before it by {@code prevHash}. Its {@code hash} is either keyed, {@value
 * AuditKey#PREFIX} and the HMAC-SHA256 under the {@link AuditKey}, or plain: 64 hex digits of
 * SHA-256 (entries written without a key, and every entry of a medmine before keyed logs).
 */
public record AuditEntry(
    long seq,
    LocalDateTime loggedAt,
    String actor,
    String role,
    String action,
    String tables,
    long rowCount,
    String detail,
    String prevHash,
    String hash) {

  /** The hash of the first entry's predecessor. */
  public static final String GENESIS = "0".repeat(64);

  /** Whether the entry's hash is a MAC under an audit key. */
  public boolean keyed() {
    return hash != null && hash.startsWith(AuditKey.PREFIX);
  }

  /** The fields the hash covers: the previous hash and every field of the entry. */
  String[] fields() {
    return new String[] {
      prevHash,
      Long.toString(seq),
      loggedAt.toString(),
      actor,
      role,
      action,
      String.valueOf(tables),
      Long.toString(rowCount),
      String.valueOf(detail)
    };
  }

  /** The MAC of this entry under {@code key}. */
  public String computeMac(AuditKey key) {
    return key.mac(fields());
  }

  /**
   * Plain SHA-256 over the previous hash and every field, each length-prefixed so no two entries
   * collide.
   */
  public String computeHash() {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (String field : fields()) {
        byte[] b = field.getBytes(StandardCharsets.UTF_8);
        d.update(Integer.toString(b.length).getBytes(StandardCharsets.UTF_8));
        d.update((byte) ':');
        d.update(b);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
