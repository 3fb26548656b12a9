package org.medmine.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.TerminalProgress;
import org.medmine.synthea.SyntheaPopulation;
import org.medmine.warehouse.Warehouse;

/**
 * The main job end to end on the embedded default, in three steps printed as they go: a synthetic
 * Synthea population generated in-process (or the one a previous run left), ingested into the
 * warehouse, then the apps run over it ({@link DemoSteps}) into one report.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo of {@code options} for {@code host}: prints every step on the host's console and
   * writes the warehouse, the apps' files and {@code report.html} under the options' folder.
   */
  public static DemoResult run(DemoOptions options, DemoHost host) throws IOException {
    PrintWriter console = host.console();
    long started = System.nanoTime();
    Files.createDirectories(options.out());
    Path warehouse = options.warehouseFile();
    SyntheaPopulation population = PopulationStep.generate(options, console);
    console.println("Step 2/3: ingesting " + population.fhirDir() + " into " + warehouse);
    IngestResult ingested;
    try (Warehouse w = Warehouse.open(warehouse, host.contexts().apply(warehouse).settings());
        TerminalProgress progress = TerminalProgress.create(true)) {
      ingested =
          Ingestor.ingest(
              w, new IngestOptions(List.of(population.fhirDir()), "synthea", null), progress);
    }
    console.print(ingested.toText(warehouse));
    console.println("Step 3/3: statistics and report");
    Path report = DemoSteps.afterIngest(host, warehouse, options.out());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    long seconds = Math.round(elapsed.toNanos() / 1e9);
    console.printf(Locale.ROOT, "Demo done in %d min %02d s.%n", seconds / 60, seconds % 60);
    console.flush();
    return new DemoResult(warehouse, ingested, report, elapsed);
  }
}
