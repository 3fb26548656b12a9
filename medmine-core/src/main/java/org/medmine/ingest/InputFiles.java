package org.medmine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files an ingest reads from its inputs: a file given is read as given; a folder is walked and
 * the regular files whose names the format {@code accepts} are read in path order, so that runs are
 * repeatable. Each format says itself what it does when nothing is found.
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> under(List<Path> inputs, Predicate<String> accepts) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> accepts.test(f.getFileName().toString()))
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
