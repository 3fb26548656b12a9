package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edge cases of {@link SyntheaCsvReaderTest} with the DuckDB-native path forbidden to fall back to the Java
 * reader: every case but the unterminated quote is handled by DuckDB and SQL alone, with the same rows,
 * quarantine entries (file, line, reason, text) and counts.
 */
class SyntheaCsvNativeStrictTest extends SyntheaCsvReaderTest {
  @BeforeAll
  static void strictNative() {
    System.setProperty(SyntheaCsvNativeReader.PROPERTY, "strict");
  }

  @AfterAll
  static void defaultReader() {
    System.clearProperty(SyntheaCsvNativeReader.PROPERTY);
  }

  /** An unterminated quote swallows the lines after it into one field: the native path refuses the run. */
  @Override
  @Test
  void anUnterminatedQuoteCostsTheRestOfTheFileButNotTheLinesBeforeIt() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    Path csv =
        write("observations.csv", OBSERVATIONS_HEADER,
            "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,162.7,cm,numeric",
            "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,\"never closed,,text");
    assertThatThrownBy(() -> ingest(csv, dir.resolve("w.duckdb"))).isInstanceOf(NativeCsvRefused.class);
  }
}
