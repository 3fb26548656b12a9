package org.medmine.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What to ingest.
 *
 * @param inputs files and folders to read
 * @param source the name rows are stored under (rows are identified by source and id)
 * @param format {@link InputFormat#AUTO} to tell by the files
 */
public record IngestOptions(List<Path> inputs, String source, InputFormat format) {
  public static final String DEFAULT_SOURCE = "default";

  public IngestOptions {
    inputs = List.copyOf(inputs);
    source = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
    format = format == null ? InputFormat.AUTO : format;
  }

  /** The formats medmine reads. */
  public enum InputFormat {
    AUTO,
    FHIR,
    SYNTHEA_CSV
  }
}
