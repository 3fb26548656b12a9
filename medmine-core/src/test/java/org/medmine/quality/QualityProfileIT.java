package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * Issue 29, defect 8, on the 20-patient FHIR warehouse: the profile showed {@code encounter.class}
 * 100% empty while every encounter has a class, and {@code observation_standard} with 0 rows while
 * the same pass said it had standardized tens of thousands of values (the profile ran before the
 * standardization).
 */
class QualityProfileIT {
  @TempDir Path dir;

  @Test
  void theProfileShowsEncounterClassesAndTheStandardizedObservations() {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      QualityReport report = QualityAssessment.run(w.connection(), List.of());
      Profiler.TableProfile encounters = table(report, "encounter");
      assertThat(encounters.rows()).isPositive();
      Profiler.ColumnProfile cls =
          encounters.columns().stream()
              .filter(c -> c.name().equals("class"))
              .findFirst()
              .orElseThrow();
      Profiler.ColumnProfile code =
          encounters.columns().stream()
              .filter(c -> c.name().equals("class_code"))
              .findFirst()
              .orElseThrow();
      assertThat(code.nulls()).as("every FHIR encounter has a class code").isZero();
      assertThat(cls.nulls()).as("encounter.class where class_code is known").isZero();

      assertThat(report.standardization().rowsStandardized()).isPositive();
      assertThat(table(report, "observation_standard").rows())
          .isEqualTo(report.standardization().rowsStandardized());
    }
  }

  private static Profiler.TableProfile table(QualityReport report, String name) {
    return report.profile().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
  }
}
