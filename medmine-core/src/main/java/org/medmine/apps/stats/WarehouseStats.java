package org.medmine.apps.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * What a warehouse holds, at a glance: rows per table, the date range of each table's main date
 * column, the most frequent codes, the living population by age band and sex, encounters per month
 * by class, the quarantine summary and the ingest runs. Computed by SQL over the warehouse ({@link
 * #of(java.sql.Connection, int)}); rendered for the terminal ({@link #toText()}) or as stable JSON
 * ({@link #toJson()}).
 *
 * <p>Every list has a stable order (documented on its record), and no field depends on the time the
 * stats were computed, so two computations over the same warehouse give identical text and JSON.
 *
 * @param warehouse the warehouse file
 * @param schemaVersion its schema version
 * @param tables rows per table, clinical tables in load order, then {@code ingest_run} and {@code
 *     quarantine}
 * @param dateRanges the first and last date of each table's main date column, same order, empty
 *     tables left out
 * @param topCodes the most frequent codes
 * @param population the population pyramid
 * @param encountersPerMonth encounters per calendar month (UTC) and class, by month then class
 * @param quarantine what ingestion could not store
 * @param ingestRuns the ingest runs, oldest first
 */
public record WarehouseStats(
    String warehouse,
    int schemaVersion,
    List<TableCount> tables,
    List<DateRange> dateRanges,
    TopCodes topCodes,
    Population population,
    List<MonthClassCount> encountersPerMonth,
    QuarantineSummary quarantine,
    List<IngestRun> ingestRuns) {

  /** How many codes each top-codes list holds unless the caller says otherwise. */
  public static final int DEFAULT_TOP = 10;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Computes the statistics of the warehouse behind {@code c} (a warehouse's own connection, or a
   * consent-filtered one of the access layer), keeping the {@code top} most frequent codes of each
   * kind; the top conditions are disorders (findings left out, see {@link
   * org.medmine.model.SnomedSemanticTag}).
   */
  public static WarehouseStats of(Connection c, int top) {
    return of(c, top, false);
  }

  /**
   * The same, with findings and situations among the top conditions when {@code includeFindings}.
   */
  public static WarehouseStats of(Connection c, int top, boolean includeFindings) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, not " + top);
    }
    Path file = Warehouse.fileOf(c);
    try {
      return new StatsQueries(c)
          .compute(file.toString(), Warehouse.schemaVersion(c), top, includeFindings);
    } catch (SQLException e) {
      throw new WarehouseException("could not compute the statistics of " + file, e);
    }
  }

  /** The number of rows of {@code table}, or -1 when the stats do not list it. */
  public long rows(String table) {
    return tables.stream()
        .filter(t -> t.table().equals(table))
        .mapToLong(TableCount::rows)
        .findFirst()
        .orElse(-1);
  }

  /**
   * The warehouse overview as a report: table counts, the age and sex pyramid, encounters per month
   * by class, top conditions, medications, lab tests and procedures, the quarantine summary, and in
   * the provenance the warehouse, its schema version and its ingest runs.
   */
  public HtmlReport overview(ReportOptions options) {
    return HtmlReport.empty(options)
        .with(OverviewSections.of(this))
        .withProvenance(OverviewSections.provenance(this));
  }

  /** Aligned tables for a terminal. */
  public String toText() {
    return StatsText.render(this);
  }

  /** The stats as indented JSON; field names are the record component names and are stable. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not render the statistics as JSON", e);
    }
  }

  /** Rows in one table. */
  public record TableCount(String table, long rows) {}

  /**
   * The first and last value of a table's main date column, as ISO dates (UTC).
   *
   * @param column the column, e.g. {@code encounter.start_time}
   * @param rowsWithDate how many rows have a value in it
   */
  public record DateRange(
      String table, String column, String first, String last, long rowsWithDate) {}

  /**
   * A code and how often it occurs, most frequent first (ties by system, then code).
   *
   * @param display the display text (the smallest one when rows disagree)
   * @param rows rows with this code
   * @param patients distinct patients with this code
   */
  public record CodeCount(String system, String code, String display, long rows, long patients) {}

  /**
   * The most frequent codes of each kind.
   *
   * @param conditions disorders, and findings only when {@code conditionsIncludeFindings} (see
   *     {@link org.medmine.model.SnomedSemanticTag})
   * @param labTests observations of category {@code laboratory} (components excluded)
   * @param conditionsIncludeFindings whether findings and situations were counted among the
   *     conditions
   */
  public record TopCodes(
      List<CodeCount> conditions,
      List<CodeCount> medications,
      List<CodeCount> labTests,
      List<CodeCount> procedures,
      boolean conditionsIncludeFindings) {}

  /**
   * The population pyramid: patients alive on {@code asOf}, by ten-year age band and sex.
   *
   * @param asOf the day ages are counted on: the last encounter day in the warehouse (today when
   *     there is none), so the pyramid does not drift with the day the stats are computed
   * @param patients all patients
   * @param living patients born on or before {@code asOf} and not dead by then
   * @param deceased patients who died on or before {@code asOf}
   * @param bands the bands 0-9, 10-19, ..., 90+, youngest first, all present even when empty
   */
  public record Population(
      String asOf, long patients, long living, long deceased, List<AgeBand> bands) {}

  /**
   * Living patients of one age band; {@code other} holds sexes other than male and female, and
   * unknown.
   */
  public record AgeBand(String band, int fromAge, long male, long female, long other) {
    public long total() {
      return male + female + other;
    }
  }

  /**
   * Encounters starting in one month (UTC, {@code YYYY-MM}) of one class ({@code unknown} when
   * absent).
   */
  public record MonthClassCount(String month, String encounterClass, long encounters) {}

  /**
   * What ingestion could not store.
   *
   * @param records quarantined records
   * @param byReason by reason kind (the reason without its record-specific details), most frequent
   *     first
   * @param byFile by source and file, most frequent first
   */
  public record QuarantineSummary(
      long records, List<ReasonCount> byReason, List<FileCount> byFile) {}

  /**
   * Quarantined records of one reason kind.
   *
   * @param example one full reason of this kind (the smallest)
   */
  public record ReasonCount(String reason, long records, String example) {}

  /** Quarantined records from one file. */
  public record FileCount(String source, String file, long records) {}

  /** One ingest run as {@code ingest_run} records it; times are ISO-8601 UTC. */
  public record IngestRun(
      String runId,
      String source,
      String format,
      String inputs,
      String startedAt,
      String finishedAt,
      String status,
      long files,
      long bytes,
      long read,
      long stored,
      long quarantined,
      long skipped,
      String medmineVersion) {}
}
