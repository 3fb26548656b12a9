package org.medmine.ingest.synthea;

import org.medmine.ingest.IngestOptions.CsvReading;

/**
 * The edge cases of {@link SyntheaCsvReaderTest} read by the Java reader ({@link
 * SyntheaCsvReader}), which an encrypted warehouse uses and to which the DuckDB-native path falls
 * back: the default run of those tests goes through the native path.
 */
class SyntheaCsvJavaReaderTest extends SyntheaCsvReaderTest {
  @Override
  CsvReading reading() {
    return CsvReading.JAVA;
  }
}
