package org.medmine.apps.associations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.medmine.model.MedmineUserException;
import org.medmine.model.SnomedSemanticTag;
import org.medmine.warehouse.WarehouseException;

/**
 * Transactions built from the warehouse: one item set per patient (their conditions), per encounter
 * (the drugs ordered and procedures done in it) or per claim (its billed item codes). Items are
 * codes; the display and code system of each code come along for reports and for code-family
 * filters. Transactions without any item are left out, and transactions come in a stable order (by
 * source and id).
 *
 * @param kind what a transaction is
 * @param transactions the item sets
 * @param displays code → display text
 * @param systems code → code system URI
 */
public record Transactions(
    Kind kind,
    List<List<String>> transactions,
    Map<String, String> displays,
    Map<String, String> systems) {

  /** What one transaction is. */
  public enum Kind {
    /**
     * A patient's set of condition codes, over their whole record (disorders only unless findings
     * are asked for).
     */
    PATIENT_CONDITIONS(
        "SELECT source || '/' || patient_id AS t, code, code_system AS sys, code_display AS display FROM condition"
            + " WHERE code IS NOT NULL"),
    /** An encounter's medication request codes and procedure codes. */
    ENCOUNTER_ORDERS(
        "SELECT source || '/' || encounter_id AS t, code, code_system AS sys, code_display AS display FROM medication"
            + " WHERE code IS NOT NULL AND encounter_id IS NOT NULL UNION ALL"
            + " SELECT source || '/' || encounter_id, code, code_system, code_display FROM procedure"
            + " WHERE code IS NOT NULL AND encounter_id IS NOT NULL"),
    /** A claim's billed item codes (claims proper, not explanations of benefit). */
    CLAIM_CODES(
        "SELECT l.source || '/' || l.claim_id AS t, l.code, l.code_system AS sys, l.code_display AS display"
            + " FROM claim_line l JOIN claim c ON c.source = l.source AND c.id = l.claim_id"
            + " WHERE l.line_kind = 'item' AND l.code IS NOT NULL AND c.kind = 'claim'"),
    /**
     * A row of a table file ({@code rules --data FILE --items COL,...}): one item per chosen column
     * with a value ({@link TableTransactions}); not read from the warehouse.
     */
    TABLE_ROWS(null);

    private final String sql;

    Kind(String sql) {
      this.sql = sql;
    }

    /** The kinds read from a warehouse (every kind but {@link #TABLE_ROWS}). */
    public static List<Kind> ofWarehouse() {
      return Arrays.stream(values()).filter(k -> k.sql != null).toList();
    }

    /** The kind named {@code name} (case-insensitive; dashes or underscores), or a user error. */
    public static Kind parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new MedmineUserException(
            "Unknown transaction kind '"
                + name
                + "': use patient-conditions, encounter-orders or claim-codes.");
      }
    }
  }

  public Transactions {
    transactions = List.copyOf(transactions);
    displays = Map.copyOf(displays);
    systems = Map.copyOf(systems);
  }

  /**
   * Reads the transactions of {@code kind} from {@code warehouse}; a patient's conditions without
   * findings.
   */
  public static Transactions read(Connection warehouse, Kind kind) {
    return read(warehouse, kind, false);
  }

  /**
   * Reads the transactions of {@code kind}; for {@link Kind#PATIENT_CONDITIONS}, SNOMED CT findings
   * and situations (see {@link SnomedSemanticTag}) count only when {@code includeFindings}.
   */
  public static Transactions read(Connection warehouse, Kind kind, boolean includeFindings) {
    if (kind.sql == null) {
      throw new MedmineUserException(
          "Table rows are transactions of a table file: give --data FILE --items COL,...");
    }
    Map<String, Set<String>> byTransaction = new TreeMap<>();
    Map<String, String> displays = new LinkedHashMap<>();
    Map<String, String> systems = new LinkedHashMap<>();
    String filter =
        kind == Kind.PATIENT_CONDITIONS && !includeFindings
            ? " AND " + SnomedSemanticTag.notFindingSql("code_display")
            : "";
    String sql =
        "SELECT t, code, sys, display FROM (" + kind.sql + filter + ") AS items ORDER BY t, code";
    try (Statement st = warehouse.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String code = rs.getString(2);
        byTransaction.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(code);
        if (rs.getString(3) != null) {
          systems.putIfAbsent(code, rs.getString(3));
        }
        if (rs.getString(4) != null) {
          displays.putIfAbsent(code, rs.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the " + kind + " transactions", e);
    }
    List<List<String>> list = new ArrayList<>(byTransaction.size());
    byTransaction.values().forEach(s -> list.add(List.copyOf(s)));
    return new Transactions(kind, list, displays, systems);
  }

  /**
   * Items of a code family: a system alias ({@code snomed}, {@code rxnorm}, {@code loinc}, {@code
   * icd10}, {@code cvx}) matches codes of that system; anything else is a code prefix (e.g. {@code
   * E11}).
   */
  public Predicate<String> family(String family) {
    String f = family.trim().toLowerCase(Locale.ROOT);
    String system =
        switch (f) {
          case "snomed", "sct" -> "http://snomed.info/sct";
          case "rxnorm" -> "http://www.nlm.nih.gov/research/umls/rxnorm";
          case "loinc" -> "http://loinc.org";
          case "icd10", "icd-10", "icd10cm" -> "http://hl7.org/fhir/sid/icd-10-cm";
          case "cvx" -> "http://hl7.org/fhir/sid/cvx";
          default -> null;
        };
    if (system != null) {
      return code -> system.equals(systems.get(code));
    }
    String prefix = family.trim();
    return code -> code.startsWith(prefix);
  }

  /** The display of {@code code}, or the code itself when none is known. */
  public String display(String code) {
    return displays.getOrDefault(code, code);
  }
}
