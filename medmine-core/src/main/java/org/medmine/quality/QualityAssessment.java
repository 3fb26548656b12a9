package org.medmine.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * The whole quality pass over a warehouse: standardize observation units (into {@code
 * observation_standard}), profile every table (after the standardization, so the profile counts the rows it
 * wrote), then run every check of the catalogue (built-in plus the user's files).
 */
public final class QualityAssessment {
  private QualityAssessment() {}

  public static QualityReport run(Connection warehouse, List<Path> extraCheckFiles) {
    return run(warehouse, CheckCatalogue.withExtensions(extraCheckFiles), extraCheckFiles, true);
  }

  public static QualityReport run(
      Connection warehouse, CheckCatalogue catalogue, List<Path> checkFiles, boolean profile) {
    long t0 = System.nanoTime();
    Connection c = warehouse;
    try {
      List<PlausibleRange> ranges = PlausibleRange.builtIn();
      UnitStandardizer.Summary std = UnitStandardizer.standardize(c, ranges);
      List<Profiler.TableProfile> profiles = profile ? Profiler.profile(c) : List.of();
      DataQualityChecker checker = new DataQualityChecker(c, ranges);
      List<CheckResult> results = new ArrayList<>();
      for (CheckDefinition d : catalogue.checks()) {
        results.add(checker.run(d));
      }
      long rows = profiles.stream().mapToLong(Profiler.TableProfile::rows).sum();
      List<String> files = new ArrayList<>();
      files.add("built-in");
      checkFiles.forEach(f -> files.add(f.toString()));
      return new QualityReport(
          Warehouse.fileOf(c).getFileName().toString(),
          files,
          (System.nanoTime() - t0) / 1e9,
          rows,
          profiles,
          std,
          results);
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("read-only")) {
        throw new MedmineUserException(
            "Warehouse "
                + Warehouse.fileOf(c)
                + " is read-only: quality writes observation_standard; open a writable copy.",
            e);
      }
      throw new WarehouseException("the quality pass failed", e);
    }
  }
}
