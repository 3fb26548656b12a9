package org.medmine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.model.MedmineUserException;
import org.medmine.synthea.GenerationWatch;
import org.medmine.synthea.SyntheaPopulation;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine demo}: the main job end to end on the embedded default — a synthetic Synthea
 * population generated in-process, ingested, summarised, reported.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--patients", defaultValue = "50", paramLabel = "N")
  int patients;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  @Option(names = "--out", defaultValue = "medmine-demo", paramLabel = "DIR")
  Path out;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "FILE")
  Path warehouseFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (patients < 1 || patients > 100_000) {
      throw new MedmineUserException(
          "--patients must be between 1 and 100000, not " + patients + ".");
    }
    PrintWriter console = spec.commandLine().getOut();
    long started = System.nanoTime();
    Files.createDirectories(out);
    Path warehousePath = warehouseFile != null ? warehouseFile : out.resolve("medmine.duckdb");
    SyntheaPopulation population = generate(console);
    console.println("Step 2/3: ingesting " + population.fhirDir() + " into " + warehousePath);
    IngestResult result;
    try (Warehouse w = Warehouse.open(warehousePath, ProcessSettings.warehouse());
        ProgressReporter progress = ProgressReporter.create(true)) {
      result =
          Ingestor.ingest(
              w, new IngestOptions(List.of(population.fhirDir()), "synthea", null), progress);
    }
    console.print(result.toText(warehousePath));
    console.println("Step 3/3: statistics and report");
    DemoSteps.afterIngest(spec, console, warehousePath, out);
    long seconds = Math.round((System.nanoTime() - started) / 1e9);
    console.printf(
        java.util.Locale.ROOT, "Demo done in %d min %02d s.%n", seconds / 60, seconds % 60);
    console.flush();
    return ExitCodes.OK;
  }

  private SyntheaPopulation generate(PrintWriter console) throws IOException {
    Path root = out.resolve("population-p" + patients + "-s" + seed);
    if (Files.isDirectory(root)) {
      console.println("Step 1/3: reusing the Synthea population in " + root);
      return new SyntheaPopulation(root, patients, seed);
    }
    Path log = out.resolve("synthea.log");
    console.println(
        "Step 1/3: generating "
            + patients
            + " Synthea patients (seed "
            + seed
            + "); Synthea's log: "
            + log);
    console.flush();
    PrintStream stdout = System.out;
    long t0 = System.nanoTime();
    try (OutputStream logStream = Files.newOutputStream(log);
        PrintStream quiet =
            new PrintStream(logStream, true, java.nio.charset.StandardCharsets.UTF_8);
        ProgressBar bar = System.console() != null ? bar() : null;
        GenerationWatch watch =
            GenerationWatch.start(
                out,
                n -> {
                  if (bar != null) {
                    bar.stepTo(n);
                  }
                })) {
      System.setOut(quiet);
      try {
        return SyntheaPopulation.generate(root, patients, seed);
      } finally {
        System.setOut(stdout);
        console.printf(
            java.util.Locale.ROOT, "  generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private ProgressBar bar() {
    return new ProgressBarBuilder()
        .setTaskName("synthea")
        .setInitialMax(patients)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" records", 1)
        .continuousUpdate()
        .build();
  }
}
