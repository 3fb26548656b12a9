package org.medmine.apps.deid;

import java.nio.file.Path;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.Leak;
import org.medmine.privacy.LeakScanner;

/**
 * {@code deid verify}: scans a de-identified warehouse against the identified one it was made from
 * (the context's warehouse) for identifiers left in it: patterns, precision beyond the policy, and
 * the source's exact identifying values. The context records the scan in the source's audit log
 * ({@code leak-scan=FILE leaks=N}).
 */
public final class LeakScan {
  private LeakScan() {}

  /** Scans {@code deidentified} against the context's warehouse. */
  public static LeakScanOutcome run(AnalysisContext context, Path deidentified) {
    List<Leak> leaks = LeakScanner.scan(deidentified, context.warehouse(), context.settings());
    context.note("leak-scan", deidentified.getFileName() + " leaks=" + leaks.size());
    return new LeakScanOutcome(deidentified, leaks);
  }
}
