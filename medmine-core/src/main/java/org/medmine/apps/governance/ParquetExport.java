package org.medmine.apps.governance;

import java.nio.file.Path;
import java.util.Map;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.privacy.ProtectedParquet;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.Warehouse;

/**
 * {@code export}: every table of the context's warehouse to the Parquet interchange layout ({@code
 * <table>/part-0.parquet}, the layout the Spark engine reads), encrypted unless the front end
 * decides otherwise ({@link ProtectedParquet}). An export is a copy of the whole warehouse, so it
 * reads the file itself, not the consent views; the context records it ({@code export=DIR}, the
 * rows of every table).
 */
public final class ParquetExport {
  private ParquetExport() {}

  /**
   * Whether the context's warehouse file counts as de-identified ({@link DeidentifiedStatus}), so
   * that its export may be written in the clear; a status lost to rows added since
   * de-identification is noted in the audit entry.
   */
  public static boolean deidentified(AnalysisContext context) {
    DeidentifiedStatus status;
    try (Warehouse w = Warehouse.openExisting(context.warehouse(), true, context.settings())) {
      status = DeidentifiedStatus.of(w.connection());
    }
    if (status.writtenByDeid() && !status.deidentified()) {
      context.note("deid-status-lost", String.join(";", status.changedTables()).replace(' ', '_'));
    }
    return status.deidentified();
  }

  /**
   * Exports every table to {@code dir} as {@code protection} says; returns the rows of each table.
   */
  public static ParquetTables run(AnalysisContext context, Path dir, ProtectedOutput protection) {
    Map<String, Long> counts;
    try (Warehouse w = Warehouse.openExisting(context.warehouse(), true, context.settings())) {
      counts = ProtectedParquet.export(w, dir, protection);
    }
    context.noteOther(context.warehouse(), counts, "export", dir.toString());
    return new ParquetTables(counts);
  }
}
