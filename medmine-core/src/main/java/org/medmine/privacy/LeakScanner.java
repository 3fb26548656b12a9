package org.medmine.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * Scans every column and every note of a de-identified warehouse for identifiers (HIPAA
 * §164.514(b)(2)): identifier patterns (SSN, phone, email, URL, IP, UUID-shaped source ids, full
 * dates in text), dates more precise than the policy allows, ZIP codes and places finer than it
 * allows, and the exact identifying values of the source warehouse's patients and providers (names,
 * numbers, addresses), and ages over 89 revealed by a birth year or by a date kept beside removed
 * ones ({@link AgeLeaks}). Free-text columns are also run through the {@link PhiScrubber}: whatever
 * it still finds there is a leak.
 */
public final class LeakScanner {
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'@._+\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

  static {
    PATTERNS.put("SSN pattern", Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)"));
    PATTERNS.put(
        "EMAIL pattern", Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    PATTERNS.put(
        "PHONE pattern",
        Pattern.compile("(?<![\\d\\w])(?:\\(\\d{3}\\)\\s?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)"));
    PATTERNS.put("IP pattern", Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])"));
    PATTERNS.put("URL pattern", Pattern.compile("\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+"));
    PATTERNS.put(
        "source id (UUID)",
        Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"));
    PATTERNS.put(
        "DATE pattern",
        Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"));
  }

  private LeakScanner() {}

  /**
   * Scans {@code deidentified} against the identified warehouse it was made from; empty means no
   * leak found.
   */
  public static List<Leak> scan(Path deidentified, Path against) {
    return scan(deidentified, against, WarehouseSettings.defaults());
  }

  /**
   * As {@link #scan(Path, Path)}, opening both warehouses with the front end's {@code settings}
   * (key, memory).
   */
  public static List<Leak> scan(Path deidentified, Path against, WarehouseSettings settings) {
    SourceValues source;
    try (Warehouse w = Warehouse.openExisting(against, true, settings)) {
      source = SourceValues.read(w.connection());
    } catch (SQLException e) {
      throw new IllegalStateException("could not read identifying values of " + against, e);
    }
    try (Warehouse w = Warehouse.openExisting(deidentified, true, settings)) {
      return scan(w.connection(), source);
    } catch (SQLException e) {
      throw new IllegalStateException("could not scan " + deidentified, e);
    }
  }

  private static List<Leak> scan(Connection c, SourceValues source) throws SQLException {
    DeidPolicy policy = policy(c);
    List<Leak> leaks = new ArrayList<>();
    Map<String, Map<String, String>> columns = columnTypes(c);
    if (policy != DeidPolicy.LIMITED_DATA_SET) {
      AgeLeaks.birthYears(c, policy, leaks);
      AgeLeaks.keptBesideRemoved(c, source.filledDateColumns(), leaks);
    }
    PhiScrubber scrubber = new PhiScrubber(policy.keptInText());
    for (Map.Entry<String, Map<String, String>> t : columns.entrySet()) {
      String table = t.getKey();
      String idCol = t.getValue().containsKey("id") ? "CAST(min(id) AS VARCHAR)" : "NULL";
      for (Map.Entry<String, String> col : t.getValue().entrySet()) {
        String column = col.getKey();
        String type = col.getValue().toUpperCase(java.util.Locale.ROOT);
        ColumnTreatment treatment = ColumnTreatment.of(column, type);
        boolean isDate = type.startsWith("DATE") || type.startsWith("TIMESTAMP");
        if (!isDate && !type.startsWith("VARCHAR")) {
          continue;
        }
        String sql = distinctValuesQuery(table, column, type, idCol, policy);
        if (isDate
            && (policy == DeidPolicy.LIMITED_DATA_SET
                || policy == DeidPolicy.SHIFTED && !table.equals("ingest_run"))) {
          continue;
        }
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            String value = rs.getString(1);
            String row = rs.getString(2);
            if (isDate) {
              leaks.add(new Leak(table, column, row, "DATE more precise than the year", value));
              continue;
            }
            check(leaks, table, column, row, value, treatment, policy, source, scrubber);
          }
        }
      }
    }
    return leaks;
  }

  /**
   * Table → column → data type of the warehouse's tables, without deid's own bookkeeping tables.
   */
  private static Map<String, Map<String, String>> columnTypes(Connection c) throws SQLException {
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' AND table_name NOT IN ('deid_run', 'schema_version', 'audit_log')"
                    + " ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        columns
            .computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getString(3));
      }
    }
    return columns;
  }

  /**
   * The distinct values of a column with a row id each; for a date under a policy that keeps only
   * the year, only the values more precise than a year.
   */
  private static String distinctValuesQuery(
      String table, String column, String type, String idCol, DeidPolicy policy) {
    boolean isDate = type.startsWith("DATE") || type.startsWith("TIMESTAMP");
    return "SELECT CAST("
        + column
        + " AS VARCHAR), "
        + idCol
        + " FROM "
        + table
        + " WHERE "
        + column
        + " IS NOT NULL"
        + (isDate && policy != DeidPolicy.LIMITED_DATA_SET
            ? " AND (month("
                + column
                + ") <> 1 OR day("
                + column
                + ") <> 1"
                + (type.startsWith("TIMESTAMP")
                    ? " OR CAST(" + column + " AS TIME) <> TIME '00:00:00'"
                    : "")
                + ")"
            : "")
        + " GROUP BY 1";
  }

  private static void check(
      List<Leak> leaks,
      String table,
      String column,
      String row,
      String value,
      ColumnTreatment treatment,
      DeidPolicy policy,
      SourceValues source,
      PhiScrubber scrubber) {
    boolean lds = policy == DeidPolicy.LIMITED_DATA_SET;
    if (treatment == ColumnTreatment.ZIP && !lds && value.replaceAll("[^0-9]", "").length() > 3) {
      leaks.add(new Leak(table, column, row, "ZIP finer than 3 digits", Leak.mask(value)));
    }
    if (treatment == ColumnTreatment.GEOGRAPHY && !lds) {
      leaks.add(new Leak(table, column, row, "place smaller than a state", Leak.mask(value)));
    }
    for (Map.Entry<String, Pattern> p : PATTERNS.entrySet()) {
      if (p.getKey().startsWith("URL") && column.endsWith("_system")) {
        continue; // terminology system URIs, not identifiers
      }
      if (p.getKey().startsWith("DATE") && lds) {
        continue;
      }
      Matcher m = p.getValue().matcher(value);
      if (m.find()) {
        leaks.add(new Leak(table, column, row, p.getKey(), Leak.mask(m.group())));
      }
    }
    Matcher m = TOKEN.matcher(value);
    while (m.find()) {
      String kind = source.tokens().get(m.group());
      if (kind != null && !(lds && (kind.equals("CITY") || kind.equals("ZIP")))) {
        leaks.add(new Leak(table, column, row, "source " + kind, Leak.mask(m.group())));
      }
    }
    for (Map.Entry<String, String> phrase : source.phrases().entrySet()) {
      if (value.contains(phrase.getKey())
          && !(lds && (phrase.getValue().equals("CITY") || phrase.getValue().equals("ZIP")))) {
        leaks.add(
            new Leak(
                table, column, row, "source " + phrase.getValue(), Leak.mask(phrase.getKey())));
      }
    }
    if (treatment == ColumnTreatment.SCRUB) {
      for (PhiSpan span : scrubber.find(value, KnownIdentifiers.NONE)) {
        leaks.add(
            new Leak(
                table,
                column,
                row,
                "free-text " + span.type(),
                Leak.mask(value.substring(span.start(), span.end()))));
      }
    }
  }

  private static DeidPolicy policy(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT policy FROM deid_run ORDER BY created_at DESC LIMIT 1")) {
      if (!rs.next()) {
        throw new MedmineUserException(
            "This warehouse was not written by 'medmine deid' (no deid_run row): give the de-identified warehouse as --warehouse.");
      }
      return DeidPolicy.parse(rs.getString(1));
    }
  }

  /**
   * The identifying values of the source: single tokens and multi-word phrases, each with its kind.
   */
  record SourceValues(
      Map<String, String> tokens, Map<String, String> phrases, Set<String> filledDateColumns) {
    static SourceValues read(Connection c) throws SQLException {
      Map<String, String> tokens = new HashMap<>();
      Map<String, String> phrases = new HashMap<>();
      for (KnownIdentifiers k : PatientIdentifiers.read(c).values()) {
        k.all()
            .forEach((type, values) -> values.forEach(v -> add(tokens, phrases, v, type.name())));
      }
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT given_name, family_name, npi, phone, email FROM provider")) {
        while (rs.next()) {
          add(tokens, phrases, rs.getString(1), "provider NAME");
          add(tokens, phrases, rs.getString(2), "provider NAME");
          add(tokens, phrases, rs.getString(3), "provider NPI");
          add(tokens, phrases, rs.getString(4), "provider PHONE");
          add(tokens, phrases, rs.getString(5), "provider EMAIL");
        }
      }
      return new SourceValues(tokens, phrases, AgeLeaks.filledDateColumns(c));
    }

    private static void add(
        Map<String, String> tokens, Map<String, String> phrases, String value, String kind) {
      if (value == null || value.strip().length() < 3) {
        return;
      }
      String v = value.strip();
      Matcher m = TOKEN.matcher(v);
      if (m.matches()) {
        tokens.putIfAbsent(v, kind);
      } else {
        phrases.putIfAbsent(v, kind);
      }
    }
  }
}
