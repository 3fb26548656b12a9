package org.medmine.apps.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medmine.apps.stats.WarehouseStats.AgeBand;
import org.medmine.apps.stats.WarehouseStats.CodeCount;
import org.medmine.apps.stats.WarehouseStats.DateRange;
import org.medmine.apps.stats.WarehouseStats.FileCount;
import org.medmine.apps.stats.WarehouseStats.IngestRun;
import org.medmine.apps.stats.WarehouseStats.MonthClassCount;
import org.medmine.apps.stats.WarehouseStats.ReasonCount;
import org.medmine.apps.stats.WarehouseStats.TableCount;
import org.medmine.report.TextTable;

/** {@link WarehouseStats#toText()}: the stats as aligned tables for a terminal. */
final class StatsText {
  /** Months of encounters shown on a terminal (the JSON and the report have them all). */
  static final int MONTHS_SHOWN = 12;

  /** Quarantined files shown on a terminal. */
  static final int FILES_SHOWN = 20;

  private StatsText() {}

  static String render(WarehouseStats s) {
    StringBuilder sb = new StringBuilder();
    sb.append("Warehouse ")
        .append(s.warehouse())
        .append(" (schema version ")
        .append(s.schemaVersion())
        .append(")\n\n");
    tables(sb, s);
    population(sb, s);
    encounters(sb, s.encountersPerMonth());
    codes(
        sb,
        s.topCodes().conditionsIncludeFindings()
            ? "Top conditions (findings included)"
            : "Top conditions (disorders; findings such as employment or stress left out: --include-findings)",
        s.topCodes().conditions());
    codes(sb, "Top medications", s.topCodes().medications());
    codes(sb, "Top lab tests", s.topCodes().labTests());
    codes(sb, "Top procedures", s.topCodes().procedures());
    quarantine(sb, s);
    runs(sb, s.ingestRuns());
    return sb.toString();
  }

  private static void tables(StringBuilder sb, WarehouseStats s) {
    Map<String, DateRange> ranges = new TreeMap<>();
    s.dateRanges().forEach(r -> ranges.put(r.table(), r));
    TextTable t = new TextTable("table", "rows>", "first", "last", "date column");
    for (TableCount c : s.tables()) {
      DateRange r = ranges.get(c.table());
      t.row(
          c.table(),
          c.rows(),
          r == null ? "" : r.first(),
          r == null ? "" : r.last(),
          r == null ? "" : r.column());
    }
    sb.append("Tables\n").append(t.render(2)).append('\n');
  }

  private static void population(StringBuilder sb, WarehouseStats s) {
    var p = s.population();
    sb.append("Population on ")
        .append(p.asOf())
        .append(": ")
        .append(p.patients())
        .append(" patients, ")
        .append(p.living())
        .append(" living, ")
        .append(p.deceased())
        .append(" deceased\n");
    TextTable t = new TextTable("age", "male>", "female>", "other>", "total>");
    for (AgeBand b : p.bands()) {
      t.row(b.band(), b.male(), b.female(), b.other(), b.total());
    }
    sb.append(t.render(2)).append('\n');
  }

  private static void encounters(StringBuilder sb, List<MonthClassCount> months) {
    TreeSet<String> allMonths = new TreeSet<>();
    TreeSet<String> classes = new TreeSet<>();
    months.forEach(
        m -> {
          allMonths.add(m.month());
          classes.add(m.encounterClass());
        });
    if (allMonths.isEmpty()) {
      sb.append("Encounters per month: none\n\n");
      return;
    }
    List<String> shown = allMonths.descendingSet().stream().limit(MONTHS_SHOWN).sorted().toList();
    String[] headers = new String[classes.size() + 2];
    headers[0] = "month";
    int i = 1;
    for (String c : classes) {
      headers[i++] = c + ">";
    }
    headers[i] = "total>";
    TextTable t = new TextTable(headers);
    for (String month : shown) {
      Object[] cells = new Object[headers.length];
      cells[0] = month;
      long total = 0;
      int j = 1;
      for (String c : classes) {
        long n =
            months.stream()
                .filter(m -> m.month().equals(month) && m.encounterClass().equals(c))
                .mapToLong(MonthClassCount::encounters)
                .sum();
        cells[j++] = n;
        total += n;
      }
      cells[j] = total;
      t.row(cells);
    }
    sb.append("Encounters per month by class (last ")
        .append(shown.size())
        .append(" of ")
        .append(allMonths.size())
        .append(" months with encounters; --format json has all)\n")
        .append(t.render(2))
        .append('\n');
  }

  private static void codes(StringBuilder sb, String title, List<CodeCount> codes) {
    sb.append(title);
    if (codes.isEmpty()) {
      sb.append(": none\n\n");
      return;
    }
    TextTable t = new TextTable("code", "display", "rows>", "patients>");
    codes.forEach(c -> t.row(c.code(), c.display(), c.rows(), c.patients()));
    sb.append('\n').append(t.render(2)).append('\n');
  }

  private static void quarantine(StringBuilder sb, WarehouseStats s) {
    var q = s.quarantine();
    sb.append("Quarantine: ").append(q.records()).append(" records");
    if (q.records() == 0) {
      sb.append("\n\n");
      return;
    }
    TextTable reasons = new TextTable("reason", "records>", "example");
    for (ReasonCount r : q.byReason()) {
      reasons.row(r.reason(), r.records(), r.example());
    }
    TextTable files = new TextTable("source", "file", "records>");
    q.byFile().stream()
        .limit(FILES_SHOWN)
        .forEach((FileCount f) -> files.row(f.source(), f.file(), f.records()));
    sb.append(" (query table quarantine for each record's position and raw text)\n  by reason\n")
        .append(reasons.render(4))
        .append("  by file")
        .append(
            q.byFile().size() > FILES_SHOWN
                ? " (first " + FILES_SHOWN + " of " + q.byFile().size() + ")"
                : "")
        .append('\n')
        .append(files.render(4))
        .append('\n');
  }

  private static void runs(StringBuilder sb, List<IngestRun> runs) {
    sb.append("Ingest runs");
    if (runs.isEmpty()) {
      sb.append(": none\n");
      return;
    }
    TextTable t =
        new TextTable(
            "started (UTC)",
            "source",
            "format",
            "read>",
            "stored>",
            "quarantined>",
            "skipped>",
            "status");
    for (IngestRun r : runs) {
      t.row(
          r.startedAt(),
          r.source(),
          r.format(),
          r.read(),
          r.stored(),
          r.quarantined(),
          r.skipped(),
          r.status());
    }
    sb.append('\n').append(t.render(2));
  }
}
