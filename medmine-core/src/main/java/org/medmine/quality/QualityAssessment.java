package org.medmine.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.EngineFunctions;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * The whole quality pass over a warehouse: standardize observation units (into {@code
 * observation_standard}), profile every table (after the standardization, so the profile counts the
 * rows it wrote), then run every check of the catalogue (built-in plus the user's files).
 *
 * <p>The profile and the checks call medmine's named SQL functions ({@link EngineFunctions}): an
 * analysis context's connection has them ({@link #assess}); on a warehouse's own connection {@link
 * #run} defines them first.
 */
public final class QualityAssessment {
  private QualityAssessment() {}

  /**
   * The pass over a warehouse's own connection, with the built-in checks and {@code
   * extraCheckFiles}.
   */
  public static QualityReport run(Connection warehouse, List<Path> extraCheckFiles) {
    return run(warehouse, CheckCatalogue.withExtensions(extraCheckFiles), extraCheckFiles, true);
  }

  /**
   * The pass over a warehouse's own connection with {@code catalogue}; {@code profile} false skips
   * the profile.
   */
  public static QualityReport run(
      Connection warehouse, CheckCatalogue catalogue, List<Path> checkFiles, boolean profile) {
    try {
      EngineFunctions.installDuckDb(warehouse);
    } catch (SQLException e) {
      throw new WarehouseException("could not define medmine's SQL functions in the session", e);
    }
    return assess(warehouse, Warehouse.fileOf(warehouse), catalogue, checkFiles, profile);
  }

  /**
   * The pass over {@code c}, a session in which medmine's named SQL functions are defined (an
   * analysis context's connection) to the warehouse file {@code warehouse}.
   */
  public static QualityReport assess(
      Connection c,
      Path warehouse,
      CheckCatalogue catalogue,
      List<Path> checkFiles,
      boolean profile) {
    long t0 = System.nanoTime();
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
          warehouse.getFileName().toString(),
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
                + warehouse
                + " is read-only: quality writes observation_standard; open a writable copy.",
            e);
      }
      throw new WarehouseException("the quality pass failed", e);
    }
  }
}
