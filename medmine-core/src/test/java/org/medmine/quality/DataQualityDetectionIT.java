package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.Warehouse;

/**
 * The proof of issue 3's checks: on a warehouse with known errors injected at known rows, each kind
 * of error is found (≥ 95% of its rows) by the check meant for it, decoys are not flagged, and on
 * the clean warehouse each check family raises ≤ 1% false alarms.
 */
class DataQualityDetectionIT {
  @TempDir Path dir;

  @Test
  void everyInjectedKindOfErrorIsDetectedAndNoDecoyIsFlagged() throws SQLException {
    Path file = CleanWarehouse.copyTo(dir.resolve("corrupt.duckdb"));
    try (Warehouse w = Warehouse.open(file)) {
      long patients = CleanWarehouse.patients(w);
      int rowsPerKind = (int) Math.max(8, patients / 10);
      int patientsPerKind = (int) Math.max(2, patients / 50);
      // On the default population every kind must be injectable; another population
      // (-Dmedmine.quality.population)
      // may lack some tables (e.g. a partial Synthea export without practitioners), and says which
      // kinds it lacked.
      boolean otherPopulation = System.getProperty("medmine.quality.population") != null;
      WarehouseCorruptor corruptor =
          new WarehouseCorruptor(w.connection(), 7, rowsPerKind, patientsPerKind, otherPopulation);
      List<WarehouseCorruptor.Injection> injected = corruptor.corruptAll();
      System.out.println("kinds not injectable in this population: " + corruptor.notInjectable());
      CheckCatalogue catalogue = CheckCatalogue.builtIn();
      QualityReport report = QualityAssessment.run(w.connection(), catalogue, List.of(), false);
      DataQualityChecker checker = new DataQualityChecker(w.connection(), PlausibleRange.builtIn());
      Map<String, CheckDefinition> byId =
          catalogue.checks().stream().collect(Collectors.toMap(CheckDefinition::id, c -> c));

      Map<String, List<WarehouseCorruptor.Injection>> byKind =
          injected.stream()
              .filter(i -> i.check() != null)
              .collect(
                  Collectors.groupingBy(
                      WarehouseCorruptor.Injection::kind, TreeMap::new, Collectors.toList()));
      Map<String, String> rates = new LinkedHashMap<>();
      for (var kind : byKind.entrySet()) {
        CheckDefinition check = byId.get(kind.getValue().get(0).check());
        assertThat(check).as("check for " + kind.getKey()).isNotNull();
        Set<String> flagged = checker.violations(check);
        long found = kind.getValue().stream().filter(i -> flagged.contains(i.key())).count();
        rates.put(kind.getKey(), found + "/" + kind.getValue().size());
        assertThat((double) found / kind.getValue().size())
            .as(kind.getKey() + " detected by " + check.id())
            .isGreaterThanOrEqualTo(0.95);
      }
      System.out.println("detection per kind: " + rates);
      assertThat(byKind.size() + corruptor.notInjectable().size()).isEqualTo(29);
      assertThat(byKind).hasSizeGreaterThanOrEqualTo(otherPopulation ? 25 : 29);

      List<String> flaggedDecoys = new ArrayList<>();
      for (CheckResult r : report.checks()) {
        Set<String> flagged = checker.violations(r.check());
        injected.stream()
            .filter(i -> i.check() == null && flagged.contains(i.key()))
            .forEach(i -> flaggedDecoys.add(i.kind() + " " + i.key() + " by " + r.check().id()));
      }
      assertThat(flaggedDecoys)
          .as("decoys are correct data in another unit or code system")
          .isEmpty();
      assertThat(injected.stream().filter(i -> i.check() == null)).hasSizeGreaterThanOrEqualTo(10);
      assertThat(report.passed())
          .as("a fatal check (foreign key to patient) fails on the corrupted warehouse")
          .isFalse();
      assertThat(report.standardization().convertedByUnit())
          .containsKeys("[lb_av] -> kg", "mmol/L -> mg/dL", "[degF] -> Cel");
    }
  }

  @Test
  void theCleanWarehouseRaisesAtMostOnePercentFalseAlarmsPerFamily() {
    Path file = CleanWarehouse.copyTo(dir.resolve("clean.duckdb"));
    try (Warehouse w = Warehouse.open(file)) {
      QualityReport report = QualityAssessment.run(w.connection(), List.of());
      report
          .families()
          .forEach(
              (family, s) -> {
                double rate =
                    s.rowsExamined() == 0 ? 0 : 100.0 * s.violatingRows() / s.rowsExamined();
                System.out.printf(
                    java.util.Locale.ROOT,
                    "clean %s: %d checks, %d failed, %d of %d rows flagged (%.4f%%)%n",
                    family,
                    s.checks(),
                    s.failed(),
                    s.violatingRows(),
                    s.rowsExamined(),
                    rate);
                assertThat(s.rowsExamined()).as(family).isPositive();
                assertThat(rate).as(family + " false alarm rate, percent").isLessThanOrEqualTo(1.0);
              });
      assertThat(report.passed()).as("no fatal check fails on clean Synthea data").isTrue();
      assertThat(report.checks())
          .allSatisfy(r -> assertThat(r.error()).as(r.check().id()).isNull());
      assertThat(report.profile())
          .extracting(Profiler.TableProfile::table)
          .contains("patient", "observation", "claim_line");
    }
  }
}
