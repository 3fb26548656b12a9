package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What the demo does once the warehouse is loaded; later issues add their analyses here. */
final class DemoSteps {
  private DemoSteps() {}

  static void afterIngest(PrintWriter console, Path warehouse, Path out) {
    console.println("  (statistics and report follow once merged)");
    QualityCommand.demo(console, warehouse, out);
    LinkCommand.demo(console, warehouse);
  }
}
