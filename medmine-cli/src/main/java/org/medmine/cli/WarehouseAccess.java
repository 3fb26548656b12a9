package org.medmine.cli;

import java.nio.file.Path;
import java.util.Set;
import org.medmine.privacy.AccessLayer;

/**
 * The CLI's one way to read a warehouse's patient data: every command that mines or reports on patients (and
 * the demo's steps) opens the warehouse here, through the consent-filtered {@link AccessLayer}, in the role of
 * the running command, and the access is noted for the command's audit entry ({@link AuditSession}). The jobs
 * themselves take the plain JDBC connection and know nothing of consent.
 */
final class WarehouseAccess {
  private WarehouseAccess() {}

  /** Opens {@code file} read-only through the consent views. */
  static AccessLayer read(Path file) {
    return noted(AccessLayer.openForMining(file, AuditSession.current().role()), "read");
  }

  /**
   * Opens {@code file} for a job that reads through the consent views and writes {@code resultTables} into
   * the warehouse (quality, link).
   */
  static AccessLayer readAndWrite(Path file, String... resultTables) {
    return noted(AccessLayer.openForMiningAndResults(file, AuditSession.current().role(), Set.of(resultTables)),
        "read,write " + String.join("+", resultTables));
  }

  private static AccessLayer noted(AccessLayer a, String mode) {
    AuditSession s = AuditSession.current();
    s.note(a.warehouse(), a.visibleRows(), "access", mode);
    s.note(a.warehouse(), java.util.Map.of(), "identified", Boolean.toString(!a.deidentified()));
    s.note(a.warehouse(), java.util.Map.of(), "consent-excluded", Integer.toString(a.excludedPatients()));
    return a;
  }
}
