package org.medmine.apps.cds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the knowledge base's data files, shipped as resources beside this class in {@code ddi/}
 * (their README names the sources and licences): tab-separated tables whose lines starting with
 * {@code #} are comments, and the ONC lists, whose fields are separated by {@code $}.
 */
final class KnowledgeBaseFiles {
  private KnowledgeBaseFiles() {}

  /** The rows of the tab-separated table {@code name}, comments left out. */
  static List<String[]> table(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  /**
   * The drug pairs of the ONC list {@code name} ({@code onc-high-priority.dsv} or {@code
   * onc-non-interruptive.dsv}): each row drug 1, DrugBank id, drug 2, DrugBank id.
   */
  static List<String[]> oncPairs(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.isBlank()) {
        rows.add(line.split("\\$", -1));
      }
    }
    return rows;
  }

  private static List<String> lines(String name) {
    try (InputStream in = KnowledgeBaseFiles.class.getResourceAsStream("ddi/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The knowledge base file ddi/" + name + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
