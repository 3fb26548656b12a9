package org.medmine.apps.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.medmine.apps.stats.WarehouseStats.AgeBand;
import org.medmine.apps.stats.WarehouseStats.CodeCount;
import org.medmine.apps.stats.WarehouseStats.DateRange;
import org.medmine.apps.stats.WarehouseStats.FileCount;
import org.medmine.apps.stats.WarehouseStats.IngestRun;
import org.medmine.apps.stats.WarehouseStats.MonthClassCount;
import org.medmine.apps.stats.WarehouseStats.Population;
import org.medmine.apps.stats.WarehouseStats.QuarantineSummary;
import org.medmine.apps.stats.WarehouseStats.ReasonCount;
import org.medmine.apps.stats.WarehouseStats.TableCount;
import org.medmine.apps.stats.WarehouseStats.TopCodes;
import org.medmine.cohort.Age;
import org.medmine.cohort.Alive;
import org.medmine.cohort.DataEnd;
import org.medmine.model.SnomedSemanticTag;
import org.medmine.model.Table;

/** The SQL behind {@link WarehouseStats}. */
final class StatsQueries {
  /** The main date column of each table: the one that says when the thing happened. */
  static final Map<String, String> MAIN_DATE_COLUMN = mainDateColumns();

  /** Ten-year bands; the last is open. */
  static final int BANDS = 10;

  private static final Pattern PATH_PREFIX =
      Pattern.compile("^[A-Z][A-Za-z]*(\\.[A-Za-z0-9\\[\\]]+)*: ");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final Connection c;

  StatsQueries(Connection c) {
    this.c = c;
  }

  private static Map<String, String> mainDateColumns() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("patient", "birth_date");
    m.put("encounter", "start_time");
    m.put("condition", "onset_time");
    m.put("observation", "effective_time");
    m.put("medication", "start_time");
    m.put("procedure", "start_time");
    m.put("immunization", "occurrence_time");
    m.put("allergy", "start_time");
    m.put("device", "start_time");
    m.put("imaging_study", "started_time");
    m.put("care_plan", "start_time");
    m.put("note", "note_time");
    m.put("claim", "start_time");
    m.put("claim_line", "service_start");
    m.put("ingest_run", "started_at");
    return m;
  }

  WarehouseStats compute(String file, int schemaVersion, int top, boolean includeFindings)
      throws SQLException {
    List<String> tables = new ArrayList<>(Table.clinical().stream().map(Table::sqlName).toList());
    tables.addAll(Table.bookkeeping());
    List<TableCount> counts = new ArrayList<>();
    List<DateRange> ranges = new ArrayList<>();
    for (String t : tables) {
      counts.add(new TableCount(t, longValue("SELECT COUNT(*) FROM " + t)));
      String col = MAIN_DATE_COLUMN.get(t);
      if (col != null) {
        dateRange(t, col).ifPresent(ranges::add);
      }
    }
    TopCodes topCodes =
        new TopCodes(
            topCodes(
                "condition",
                includeFindings ? "TRUE" : SnomedSemanticTag.notFindingSql("code_display"),
                top),
            topCodes("medication", "TRUE", top),
            topCodes("observation", "category = 'laboratory' AND parent_id IS NULL", top),
            topCodes("procedure", "TRUE", top),
            includeFindings);
    return new WarehouseStats(
        file,
        schemaVersion,
        counts,
        ranges,
        topCodes,
        population(),
        encountersPerMonth(),
        quarantine(),
        ingestRuns());
  }

  private long longValue(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private java.util.Optional<DateRange> dateRange(String table, String column) throws SQLException {
    String sql =
        "SELECT CAST(CAST(MIN("
            + column
            + ") AS DATE) AS VARCHAR), CAST(CAST(MAX("
            + column
            + ") AS DATE) AS VARCHAR), COUNT("
            + column
            + ") FROM "
            + table;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      if (rs.getLong(3) == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          new DateRange(
              table, table + "." + column, rs.getString(1), rs.getString(2), rs.getLong(3)));
    }
  }

  private List<CodeCount> topCodes(String table, String where, int top) throws SQLException {
    String sql =
        "SELECT code_system, code, MIN(code_display), COUNT(*) AS n, COUNT(DISTINCT (source, patient_id)) FROM "
            + table
            + " WHERE code IS NOT NULL AND "
            + where
            + " GROUP BY code_system, code ORDER BY n DESC, code_system NULLS FIRST, code LIMIT ?";
    List<CodeCount> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, top);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new CodeCount(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
        }
      }
    }
    return out;
  }

  private Population population() throws SQLException {
    String asOf =
        DataEnd.lastEncounterDay(c)
            .orElse(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
            .toString();
    long[][] bySex = new long[BANDS][3];
    long living = 0;
    String sql =
        "SELECT LEAST("
            + Age.sql("birth_date", "DATE '" + asOf + "'")
            + " // 10, "
            + (BANDS - 1)
            + ") AS band,"
            + " CASE sex WHEN 'male' THEN 0 WHEN 'female' THEN 1 ELSE 2 END AS s, COUNT(*)"
            + " FROM patient WHERE birth_date <= DATE '"
            + asOf
            + "'"
            + " AND "
            + Alive.sql("death_time", "DATE '" + asOf + "'")
            + " GROUP BY ALL";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        bySex[rs.getInt(1)][rs.getInt(2)] += rs.getLong(3);
        living += rs.getLong(3);
      }
    }
    List<AgeBand> bands = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      String name = b == BANDS - 1 ? (b * 10) + "+" : (b * 10) + "-" + (b * 10 + 9);
      bands.add(new AgeBand(name, b * 10, bySex[b][0], bySex[b][1], bySex[b][2]));
    }
    long deceased =
        longValue(
            "SELECT COUNT(*) FROM patient WHERE NOT "
                + Alive.sql("death_time", "DATE '" + asOf + "'"));
    return new Population(asOf, longValue("SELECT COUNT(*) FROM patient"), living, deceased, bands);
  }

  private List<MonthClassCount> encountersPerMonth() throws SQLException {
    String sql =
        "SELECT strftime(start_time, '%Y-%m') AS month, COALESCE(class, lower(class_code), 'unknown') AS cls,"
            + " COUNT(*) FROM encounter WHERE start_time IS NOT NULL GROUP BY ALL ORDER BY month, cls";
    List<MonthClassCount> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(new MonthClassCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
      }
    }
    return out;
  }

  private QuarantineSummary quarantine() throws SQLException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT reason, COUNT(*) FROM quarantine GROUP BY reason ORDER BY reason")) {
      while (rs.next()) {
        String kind = reasonKind(rs.getString(1));
        counts.computeIfAbsent(kind, k -> new long[1])[0] += rs.getLong(2);
        examples.putIfAbsent(kind, rs.getString(1));
      }
    }
    List<ReasonCount> byReason = new ArrayList<>();
    counts.forEach((k, n) -> byReason.add(new ReasonCount(k, n[0], examples.get(k))));
    byReason.sort((a, b) -> Long.compare(b.records(), a.records()));
    List<FileCount> byFile = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, file, COUNT(*) AS n FROM quarantine GROUP BY source, file"
                    + " ORDER BY n DESC, source, file")) {
      while (rs.next()) {
        byFile.add(new FileCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
      }
    }
    return new QuarantineSummary(longValue("SELECT COUNT(*) FROM quarantine"), byReason, byFile);
  }

  /**
   * The kind of a quarantine reason: the reason without the details that differ from record to
   * record (the element path it starts with, quoted values, numbers, and whatever follows the first
   * ": " or " (").
   */
  static String reasonKind(String reason) {
    String r = PATH_PREFIX.matcher(reason.strip()).replaceFirst("");
    for (String cut : new String[] {": ", " (", ", found"}) {
      int i = r.indexOf(cut);
      if (i > 0) {
        r = r.substring(0, i);
      }
    }
    r = QUOTED.matcher(r).replaceAll("'…'");
    r = DIGITS.matcher(r).replaceAll("N");
    return r.isBlank() ? "(no reason)" : r;
  }

  private List<IngestRun> ingestRuns() throws SQLException {
    String ts = "strftime(%s, '%%Y-%%m-%%dT%%H:%%M:%%SZ')";
    String sql =
        "SELECT run_id, source, format, inputs, "
            + String.format(ts, "started_at")
            + ", "
            + String.format(ts, "finished_at")
            + ", status, files, bytes, records_read, records_stored,"
            + " records_quarantined, records_skipped, medmine_version FROM ingest_run ORDER BY started_at, run_id";
    List<IngestRun> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(
            new IngestRun(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getLong(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getString(14)));
      }
    }
    return out;
  }
}
