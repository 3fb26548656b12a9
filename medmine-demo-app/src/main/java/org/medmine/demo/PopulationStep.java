package org.medmine.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.medmine.synthea.GenerationWatch;
import org.medmine.synthea.SyntheaPopulation;

/**
 * The demo's first step: the Synthea population of its options, generated in-process with Synthea's
 * own output diverted into {@code out/synthea.log} (Synthea prints on standard output), and a
 * progress bar of the patients written when the process has a terminal; or the population a
 * previous run left in the same folder.
 */
final class PopulationStep {
  private PopulationStep() {}

  static SyntheaPopulation generate(DemoOptions options, PrintWriter console) throws IOException {
    Path root = options.populationFolder();
    if (Files.isDirectory(root)) {
      console.println("Step 1/3: reusing the Synthea population in " + root);
      return new SyntheaPopulation(root, options.patients(), options.seed());
    }
    Path log = options.out().resolve("synthea.log");
    console.println(
        "Step 1/3: generating "
            + options.patients()
            + " Synthea patients (seed "
            + options.seed()
            + "); Synthea's log: "
            + log);
    console.flush();
    PrintStream stdout = System.out;
    long t0 = System.nanoTime();
    try (OutputStream logStream = Files.newOutputStream(log);
        PrintStream quiet = new PrintStream(logStream, true, StandardCharsets.UTF_8);
        ProgressBar bar = System.console() != null ? bar(options.patients()) : null;
        GenerationWatch watch =
            GenerationWatch.start(
                options.out(),
                n -> {
                  if (bar != null) {
                    bar.stepTo(n);
                  }
                })) {
      System.setOut(quiet);
      try {
        return SyntheaPopulation.generate(root, options.patients(), options.seed());
      } finally {
        System.setOut(stdout);
        console.printf(Locale.ROOT, "  generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private static ProgressBar bar(int patients) {
    return new ProgressBarBuilder()
        .setTaskName("synthea")
        .setInitialMax(patients)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" records", 1)
        .continuousUpdate()
        .build();
  }
}
