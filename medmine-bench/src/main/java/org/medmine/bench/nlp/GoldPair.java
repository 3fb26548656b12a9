package org.medmine.bench.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One annotated pair of the gold set: a sentence, the target phrase in it and its gold assertion,
 * temporality and experiencer (the labels of {@code org.medmine.mining.nlp}: {@code negated},
 * {@code historical}, ...).
 */
record GoldPair(
    String sentence, String target, String assertion, String temporality, String experiencer) {

  /** The gold label of a dimension. */
  String label(Dimension d) {
    return switch (d) {
      case ASSERTION -> assertion;
      case TEMPORALITY -> temporality;
      case EXPERIENCER -> experiencer;
    };
  }

  /** The three dimensions and their classes. */
  enum Dimension {
    ASSERTION("affirmed", "negated", "possible", "hypothetical"),
    TEMPORALITY("recent", "historical"),
    EXPERIENCER("patient", "family", "other");

    final List<String> classes;

    Dimension(String... classes) {
      this.classes = List.of(classes);
    }
  }

  /** The pairs of a gold resource of this package ({@code context-gold-dev.tsv}, ...). */
  static List<GoldPair> read(String resource) {
    try (InputStream in = GoldPair.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing gold resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<GoldPair> out = new ArrayList<>();
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        out.add(new GoldPair(f[0], f[1], f[2], f[3], f[4]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
