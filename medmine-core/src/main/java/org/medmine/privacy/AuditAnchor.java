package org.medmine.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log's head, kept outside the warehouse in the file {@code <warehouse>.audit-head}
 * beside it: the seq and hash of the last entry written, and, when the log is keyed, a MAC of both
 * under the {@link AuditKey}. Every append rewrites it (atomically, after the entry is committed),
 * so {@code medmine audit verify} catches on its own a log cut at its end or emptied, and a chain
 * re-forged without the key. A copy of the head kept elsewhere ({@code --expect-head}) also covers
 * the case where both the table and this file are rewritten.
 */
public final class AuditAnchor {
  /** The suffix of the head file. */
  public static final String SUFFIX = ".audit-head";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The head as the file records it.
   *
   * @param seq the last entry's seq
   * @param hash the last entry's hash
   * @param mac the MAC of seq and hash under the audit key, or null when the log is not keyed
   */
  public record Head(long seq, String hash, String mac) {
    /** Whether {@link #mac} verifies under {@code key}. */
    public boolean signedBy(AuditKey key) {
      return mac != null && mac.equals(macOf(key, seq, hash));
    }
  }

  /** What the head file holds: nothing (no file), a head, or something unreadable. */
  public record Reading(Optional<Head> head, boolean damaged) {}

  private AuditAnchor() {}

  /** The head file of {@code warehouse}. */
  public static Path fileOf(Path warehouse) {
    return warehouse.resolveSibling(warehouse.getFileName() + SUFFIX);
  }

  /**
   * Records {@code last} as the head of {@code warehouse}'s log (no-op for an in-memory database).
   */
  public static void write(Path warehouse, AuditEntry last, Optional<AuditKey> key) {
    if (warehouse.getFileName() == null || warehouse.toString().equals(":memory:")) {
      return;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("seq", last.seq());
    json.put("hash", last.hash());
    key.ifPresent(k -> json.put("mac", macOf(k, last.seq(), last.hash())));
    Path file = fileOf(warehouse);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      Files.writeString(partial, JSON.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the audit head " + file, e);
    }
  }

  /** Reads the head file of {@code warehouse}. */
  public static Reading read(Path warehouse) {
    Path file = fileOf(warehouse);
    if (warehouse.getFileName() == null || !Files.isRegularFile(file)) {
      return new Reading(Optional.empty(), false);
    }
    try {
      JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!n.path("seq").canConvertToLong() || !n.path("hash").isTextual()) {
        return new Reading(Optional.empty(), true);
      }
      String mac = n.path("mac").isTextual() ? n.path("mac").asText() : null;
      return new Reading(
          Optional.of(new Head(n.path("seq").asLong(), n.path("hash").asText(), mac)), false);
    } catch (JsonProcessingException e) {
      return new Reading(Optional.empty(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the audit head " + file, e);
    }
  }

  private static String macOf(AuditKey key, long seq, String hash) {
    return key.mac("medmine-audit-head", Long.toString(seq), hash);
  }
}
