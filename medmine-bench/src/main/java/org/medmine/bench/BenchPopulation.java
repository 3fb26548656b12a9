package org.medmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.medmine.ingest.fhir.FhirReader;
import org.medmine.ingest.synthea.SyntheaCsvReader;

/**
 * The files of a Synthea population folder ({@code fhir/} and {@code csv/}) that every leg reads:
 * the FHIR files medmine's ingest accepts, in name order, and the CSV files medmine's Synthea CSV
 * reader reads.
 */
record BenchPopulation(Path root) {

  Path fhirDir() {
    return root.resolve("fhir");
  }

  Path csvDir() {
    return root.resolve("csv");
  }

  List<Path> fhirFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(fhirDir())) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> FhirReader.accepts(f.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  List<Path> csvFiles() {
    List<Path> out = new ArrayList<>();
    for (String name : SyntheaCsvReader.FILES) {
      Path f = csvDir().resolve(name);
      if (Files.isRegularFile(f)) {
        out.add(f);
      }
    }
    return out;
  }

  static long bytes(List<Path> files) throws IOException {
    long sum = 0;
    for (Path f : files) {
      sum += Files.size(f);
    }
    return sum;
  }
}
