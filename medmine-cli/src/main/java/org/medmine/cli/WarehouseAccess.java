package org.medmine.cli;

import java.nio.file.Path;
import java.util.Set;
import org.medmine.privacy.AccessLayer;
import org.medmine.warehouse.EncryptedWarehouses;

/**
 * The CLI's one way to read a warehouse's patient data: every command that mines or reports on patients (and
 * the demo's steps) opens the warehouse here, through the consent-filtered {@link AccessLayer}, in the role of
 * the running command, and the access is noted for the command's audit entry ({@link AuditSession}). The jobs
 * themselves take the plain JDBC connection and know nothing of consent.
 *
 * <p>An encrypted warehouse is read with the key of the environment ({@code MEDMINE_WAREHOUSE_KEY}), which needs
 * no httpfs; but the command's audit entry is a write into that warehouse, which DuckDB does securely only with
 * OpenSSL from httpfs. So before any patient row reaches the command, the access is refused in one sentence when
 * the audit entry could not be written: no read of identified data goes unaudited.
 */
final class WarehouseAccess {
  private WarehouseAccess() {}

  /** Opens {@code file} read-only through the consent views. */
  static AccessLayer read(Path file) {
    return noted(AccessLayer.openForMining(file, AuditSession.current().role(), ProcessSettings.warehouse()), "read");
  }

  /**
   * Opens {@code file} for a job that reads through the consent views and writes {@code resultTables} into
   * the warehouse (quality, link).
   */
  static AccessLayer readAndWrite(Path file, String... resultTables) {
    return noted(AccessLayer.openForMiningAndResults(file, AuditSession.current().role(), Set.of(resultTables),
        ProcessSettings.warehouse()),
        "read,write " + String.join("+", resultTables));
  }

  private static AccessLayer noted(AccessLayer a, String mode) {
    if (a.encrypted()) {
      try {
        EncryptedWarehouses.requireSecureWriter(ProcessSettings.warehouse().key().orElseThrow(),
            "write this command's audit entry into the encrypted warehouse " + a.warehouse().getFileName());
      } catch (RuntimeException e) {
        a.close();
        throw e;
      }
    }
    AuditSession s = AuditSession.current();
    s.note(a.warehouse(), a.visibleRows(), "access", mode);
    s.note(a.warehouse(), java.util.Map.of(), "identified", Boolean.toString(!a.deidentified()));
    if (a.deidentifiedStatus().writtenByDeid() && !a.deidentified()) {
      s.note(a.warehouse(), java.util.Map.of(), "deid-status-lost",
          String.join(";", a.deidentifiedStatus().changedTables()).replace(' ', '_'));
    }
    s.note(a.warehouse(), java.util.Map.of(), "consent-excluded", Integer.toString(a.excludedPatients()));
    return a;
  }
}
