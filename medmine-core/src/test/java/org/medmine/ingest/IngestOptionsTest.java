package org.medmine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.warehouse.PausePoint;

/**
 * The switches a front end reads and passes in with the ingest options: the user's {@code
 * medmine.csv.native} (README, "ingest") and the crash tests' pause point; unset, both are the
 * defaults.
 */
class IngestOptionsTest {
  @Test
  void theCsvSwitchNamesTheReader() {
    assertThat(CsvReading.fromSwitch(null)).isEqualTo(CsvReading.NATIVE);
    assertThat(CsvReading.fromSwitch("true")).isEqualTo(CsvReading.NATIVE);
    assertThat(CsvReading.fromSwitch("FALSE")).isEqualTo(CsvReading.JAVA);
    assertThat(CsvReading.fromSwitch("strict")).isEqualTo(CsvReading.NATIVE_STRICT);
    assertThat(CsvReading.SWITCH).isEqualTo("medmine.csv.native");
  }

  @Test
  void optionsReadTheDefaultWayUnlessTold() {
    IngestOptions o = new IngestOptions(List.of(Path.of("in")), null, null);
    assertThat(o.csvReading()).isEqualTo(CsvReading.NATIVE);
    assertThat(o.pause()).isEqualTo(PausePoint.NONE);
    assertThat(o.withCsvReading(CsvReading.JAVA).withPause(PausePoint.of("merge")))
        .isEqualTo(
            new IngestOptions(
                List.of(Path.of("in")),
                "default",
                IngestOptions.InputFormat.AUTO,
                CsvReading.JAVA,
                new PausePoint("merge"),
                null));
  }

  @Test
  void anUnsetPausePointNeverPauses() {
    assertThat(PausePoint.of(null)).isEqualTo(PausePoint.NONE);
    assertThat(PausePoint.of(" ")).isEqualTo(PausePoint.NONE);
    PausePoint.NONE.reach("merge"); // returns at once
    new PausePoint("commit").reach("merge"); // another point: carries on
  }
}
