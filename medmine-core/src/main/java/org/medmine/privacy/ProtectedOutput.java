package org.medmine.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Comparator;
import java.util.stream.Stream;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.DeidentifiedStatus;

/**
 * How a file that medmine writes outside the warehouse leaves it (issue 4, encryption at rest): a
 * file that carries identified data (an export, a risk table, a scored list with patient or
 * provider ids) is encrypted with {@link FileEncryption} (AES-256-GCM in authenticated 1 MiB
 * segments, a fresh per-file key) and gets the suffix {@value #SUFFIX}; it is written in the clear
 * only when the warehouse it came from is de-identified, or when the user opted out ({@code
 * --plaintext}, which the caller records in the audit log).
 *
 * <p>An encrypted file is produced by writing the clear text into a private temporary folder
 * (owner-only permissions), encrypting it beside the target and renaming it into place, so a
 * failure leaves no half-written output; the clear temporary file is deleted in every case.
 */
public final class ProtectedOutput {
  /** The suffix of files medmine encrypted. */
  public static final String SUFFIX = ".enc";

  /** Why a file is written the way it is. */
  public enum Mode {
    /** Encrypted with the file key. */
    ENCRYPTED,
    /** In the clear: the warehouse is de-identified. */
    CLEAR_DEIDENTIFIED,
    /** In the clear: the user passed {@code --plaintext}. */
    CLEAR_OPTED_OUT
  }

  /** Writes the clear content of one output file to the path it is given. */
  @FunctionalInterface
  public interface Writer {
    void write(Path clearFile) throws IOException;
  }

  private final Mode mode;
  private final FileEncryption encryption;

  private ProtectedOutput(Mode mode, FileEncryption encryption) {
    this.mode = mode;
    this.encryption = encryption;
  }

  /** Output in the clear, for the given reason (not {@link Mode#ENCRYPTED}). */
  public static ProtectedOutput clear(Mode why) {
    if (why == Mode.ENCRYPTED) {
      throw new IllegalArgumentException("clear output needs a clear mode");
    }
    return new ProtectedOutput(why, null);
  }

  /** Output encrypted under {@code encryption}. */
  public static ProtectedOutput encrypted(FileEncryption encryption) {
    return new ProtectedOutput(Mode.ENCRYPTED, encryption);
  }

  /**
   * Whether the warehouse behind {@code c} is de-identified: written by {@code medmine deid} and
   * holding exactly the source rows it wrote ({@link DeidentifiedStatus}).
   */
  public static boolean isDeidentified(Connection c) {
    return DeidentifiedStatus.of(c).deidentified();
  }

  public Mode mode() {
    return mode;
  }

  public boolean isEncrypted() {
    return mode == Mode.ENCRYPTED;
  }

  /** A note for the console on how {@code written} was written. */
  public String describe(Path written) {
    return switch (mode) {
      case ENCRYPTED -> written + " (encrypted, AES-256-GCM; 'medmine decrypt' reverses it)";
      case CLEAR_DEIDENTIFIED -> written + " (in the clear: the warehouse is de-identified)";
      case CLEAR_OPTED_OUT -> written + " (IN THE CLEAR: --plaintext, recorded in the audit log)";
    };
  }

  /**
   * The path actually written for a requested {@code target}: with {@value #SUFFIX} when encrypted.
   */
  public Path target(Path requested) {
    if (!isEncrypted() || requested.getFileName().toString().endsWith(SUFFIX)) {
      return requested;
    }
    return requested.resolveSibling(requested.getFileName() + SUFFIX);
  }

  /**
   * Writes one output file: {@code writer} fills a clear file, which is then encrypted when this
   * output is; returns the path written ({@link #target(Path)}).
   */
  public Path write(Path requested, Writer writer) {
    Path target = target(requested);
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!isEncrypted()) {
        writer.write(target);
        return target;
      }
      Path scratch = privateTempFolder();
      try {
        Path clear = scratch.resolve(requested.getFileName().toString());
        writer.write(clear);
        encryptInto(clear, target);
      } finally {
        deleteTree(scratch);
      }
      return target;
    } catch (FileSystemException e) {
      throw new MedmineUserException(
          "Cannot write " + target + " (" + e.getMessage() + "): choose a writable path.", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }

  /**
   * Encrypts the existing clear file {@code clear} to {@link #target(Path)} of {@code requested}
   * (through a {@code .partial} file renamed into place); returns the path written. Only for
   * encrypted output.
   */
  public Path protect(Path clear, Path requested) throws IOException {
    if (!isEncrypted()) {
      throw new IllegalStateException("protect() is for encrypted output");
    }
    Path target = target(requested);
    encryptInto(clear, target);
    return target;
  }

  private void encryptInto(Path clear, Path target) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      encryption.encrypt(clear, partial);
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * A fresh temporary folder that only the current user can read (where the file system allows it).
   */
  public static Path privateTempFolder() throws IOException {
    try {
      return Files.createTempDirectory(
          "medmine-clear-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempDirectory("medmine-clear-");
    }
  }

  /** Deletes a folder and everything under it. */
  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
