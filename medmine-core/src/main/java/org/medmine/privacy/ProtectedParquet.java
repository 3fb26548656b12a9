package org.medmine.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.ParquetExchange;
import org.medmine.warehouse.Warehouse;

/**
 * The Parquet interchange folder ({@link ParquetExchange}) with encryption at rest: an identified
 * export holds {@code <table>/part-0.parquet.enc} files (each a {@link FileEncryption} file with
 * its own nonce); import decrypts them into a private temporary folder first, so a wrong key fails
 * before the warehouse is touched, and the clear copies are deleted afterwards.
 */
public final class ProtectedParquet {
  private ProtectedParquet() {}

  /**
   * Exports every table to {@code dir} as {@code protection} says; returns the row count per table.
   */
  public static Map<String, Long> export(
      Warehouse warehouse, Path dir, ProtectedOutput protection) {
    if (!protection.isEncrypted()) {
      return ParquetExchange.export(warehouse, dir);
    }
    try {
      Path scratch = ProtectedOutput.privateTempFolder();
      try {
        Map<String, Long> counts = ParquetExchange.export(warehouse, scratch);
        for (String table : counts.keySet()) {
          Path folder = dir.resolve(table);
          Files.createDirectories(folder);
          for (Path old : parts(folder)) {
            Files.delete(old);
          }
          for (Path clear : parts(scratch.resolve(table))) {
            protection.protect(clear, folder.resolve(clear.getFileName().toString()));
          }
        }
        return counts;
      } finally {
        ProtectedOutput.deleteTree(scratch);
      }
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot write the export to "
              + dir
              + " ("
              + e.getMessage()
              + "): choose a writable folder.",
          e);
    }
  }

  /** Whether any file under the table folders of {@code dir} is medmine-encrypted. */
  public static boolean holdsEncryptedFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> all = Files.walk(dir, 2)) {
      return all.anyMatch(
          p ->
              p.getFileName().toString().endsWith(ProtectedOutput.SUFFIX)
                  && Files.isRegularFile(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports {@code dir} into the warehouse {@code open} gives; encrypted parts are first decrypted
   * with the key {@code key} supplies (asked only when there are some), so a wrong key fails before
   * {@code open} is called.
   */
  public static Map<String, Long> importFrom(
      Path dir, Supplier<FileEncryption> key, Supplier<Warehouse> open) {
    if (!holdsEncryptedFiles(dir)) {
      try (Warehouse w = open.get()) {
        return ParquetExchange.importFrom(w, dir);
      }
    }
    FileEncryption encryption = key.get();
    try {
      Path scratch = ProtectedOutput.privateTempFolder();
      try {
        decryptTree(dir, scratch, encryption);
        try (Warehouse w = open.get()) {
          return ParquetExchange.importFrom(w, scratch);
        }
      } finally {
        ProtectedOutput.deleteTree(scratch);
      }
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the export at " + dir + " (" + e.getMessage() + "): check the folder.", e);
    }
  }

  private static void decryptTree(Path dir, Path scratch, FileEncryption encryption)
      throws IOException {
    List<Path> folders;
    try (Stream<Path> entries = Files.list(dir)) {
      folders = entries.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      Path into = scratch.resolve(folder.getFileName().toString());
      Files.createDirectories(into);
      for (Path part : parts(folder)) {
        String name = part.getFileName().toString();
        if (name.endsWith(ProtectedOutput.SUFFIX)) {
          encryption.decrypt(
              part,
              into.resolve(name.substring(0, name.length() - ProtectedOutput.SUFFIX.length())));
        } else {
          Files.copy(part, into.resolve(name));
        }
      }
    }
  }

  private static List<Path> parts(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }
}
