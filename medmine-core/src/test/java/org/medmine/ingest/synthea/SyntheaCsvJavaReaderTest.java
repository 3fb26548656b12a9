package org.medmine.ingest.synthea;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The edge cases of {@link SyntheaCsvReaderTest} read by the Java reader ({@link SyntheaCsvReader}), which an
 * encrypted warehouse uses and to which the DuckDB-native path falls back: the default run of those tests goes
 * through the native path.
 */
class SyntheaCsvJavaReaderTest extends SyntheaCsvReaderTest {
  @BeforeAll
  static void javaReader() {
    System.setProperty(SyntheaCsvNativeReader.PROPERTY, "false");
  }

  @AfterAll
  static void defaultReader() {
    System.clearProperty(SyntheaCsvNativeReader.PROPERTY);
  }
}
