package org.medmine.synthea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.helpers.Config;

/**
 * A Synthea population written to disk: {@code fhir/} holds one R4 transaction bundle per patient
 * plus the hospital and practitioner bundles, {@code csv/} holds Synthea's CSV export of the same
 * people.
 *
 * <p>Synthea keeps its settings in a global static {@link Config}, so generation is serialised; the
 * output folder is filled atomically (generated into a sibling folder, then renamed), so a folder
 * that exists is complete and can be reused as a cache by tests and benchmarks; a lock file beside
 * it lets one process generate while the others wait.
 *
 * @param root the population folder
 * @param patients the number of living patients asked for
 * @param seed the random seed
 */
public record SyntheaPopulation(Path root, int patients, long seed) {

  /** The reference date of every generated population, so a seed always gives the same people. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 1, 1);

  private static final Object LOCK = new Object();

  /** The folder of FHIR R4 bundles. */
  public Path fhirDir() {
    return root.resolve("fhir");
  }

  /** The folder of Synthea CSV files. */
  public Path csvDir() {
    return root.resolve("csv");
  }

  /**
   * Returns the population of {@code patients} people for {@code seed} under {@code cacheDir},
   * generating it first when it is not there yet.
   */
  public static SyntheaPopulation cached(Path cacheDir, int patients, long seed) {
    Path root = cacheDir.resolve("synthea-p" + patients + "-s" + seed);
    synchronized (LOCK) {
      if (!Files.isDirectory(root)) {
        generateOnce(root, patients, seed);
      }
    }
    return new SyntheaPopulation(root, patients, seed);
  }

  /**
   * Generates {@code root} unless another process did while this one waited for the cache's lock
   * file: test JVMs forked side by side share one cache, and only one of them may generate.
   */
  private static void generateOnce(Path root, int patients, long seed) {
    try {
      Files.createDirectories(root.toAbsolutePath().getParent());
      Path lockFile = root.resolveSibling(root.getFileName() + ".lock");
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = channel.lock()) {
        if (!Files.isDirectory(root)) {
          generate(root, patients, seed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not lock the Synthea cache beside " + root, e);
    }
  }

  /** Generates a population into {@code root}, replacing anything that was there. */
  public static SyntheaPopulation generate(Path root, int patients, long seed) {
    synchronized (LOCK) {
      try {
        Path parent = root.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, ".synthea-");
        runSynthea(work, patients, seed);
        Files.createDirectories(work.resolve("fhir"));
        Files.createDirectories(work.resolve("csv"));
        deleteRecursively(root);
        Files.move(work, root, StandardCopyOption.ATOMIC_MOVE);
        return new SyntheaPopulation(root, patients, seed);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write the Synthea population to " + root, e);
      }
    }
  }

  private static void runSynthea(Path out, int patients, long seed) {
    Config.set("exporter.baseDirectory", out.toAbsolutePath() + "/");
    Config.set("exporter.fhir.export", "true");
    Config.set("exporter.fhir.transaction_bundle", "true");
    Config.set("exporter.fhir.bulk_data", "false");
    Config.set("exporter.hospital.fhir.export", "true");
    Config.set("exporter.practitioner.fhir.export", "true");
    Config.set("exporter.csv.export", "true");
    Config.set("exporter.csv.folder_per_run", "false");
    Config.set("exporter.csv.append_mode", "false");
    Config.set("exporter.metadata.export", "false");
    Config.set("exporter.clinical_note.export", "false");
    Config.set("exporter.text.export", "false");
    Config.set("exporter.years_of_history", "10");
    Config.set("generate.log_patients.detail", "none");
    Config.set("generate.append_numbers_to_person_names", "true");
    Generator.GeneratorOptions options = new Generator.GeneratorOptions();
    options.population = patients;
    options.seed = seed;
    options.clinicianSeed = seed;
    options.threadPoolSize = 1;
    options.referenceTime = REFERENCE_DATE.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    options.endTime = options.referenceTime;
    new Generator(options).run();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
