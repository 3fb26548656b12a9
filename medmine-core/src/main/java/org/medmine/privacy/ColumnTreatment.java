package org.medmine.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * What de-identification does to one column, decided from its name and type. Unknown text columns
 * are dropped (default deny), so a column added to the schema later cannot leak before someone
 * classifies it.
 */
public enum ColumnTreatment {
  /** Copied as is: codes, statuses, numbers. */
  KEEP,
  /**
   * Set to NULL: names, numbers of §164.514(b)(2)(i)(D)–(R), street addresses, coordinates, unknown
   * text.
   */
  DROP,
  /** Replaced by its keyed pseudonym (ids and references, so joins still work). */
  PSEUDONYM,
  /**
   * A date or time: to the year (Safe Harbor), shifted per patient (shifted), kept (limited data
   * set).
   */
  DATE,
  /** A birth date: as {@link #DATE}, and ages over 89 collapsed to 90. */
  BIRTH_DATE,
  /** A ZIP code: to ZIP3, or 000 for restricted areas (kept in a limited data set). */
  ZIP,
  /**
   * A place smaller than a state (city, county, birth place): dropped, kept in a limited data set.
   */
  GEOGRAPHY,
  /** Free text: run through the PHI scrubber. */
  SCRUB;

  private static final Set<String> DROPPED =
      Set.of(
          "prefix",
          "given_name",
          "family_name",
          "suffix",
          "maiden_name",
          "mrn",
          "ssn",
          "drivers_license",
          "passport",
          "address_line",
          "phone",
          "email",
          "npi",
          "identifier_value",
          "udi_device_identifier",
          "udi_carrier",
          "lot_number",
          "serial_number",
          "name",
          "inputs",
          "latitude",
          "longitude",
          "raw_text",
          "file");
  private static final Set<String> KEPT_TEXT =
      Set.of(
          "source",
          "sex",
          "race",
          "ethnicity",
          "marital_status",
          "language",
          "state",
          "country",
          "status",
          "kind",
          "intent",
          "category",
          "type",
          "criticality",
          "class",
          "use",
          "currency",
          "line_kind",
          "value_type",
          "value_unit",
          "original_unit",
          "position_kind",
          "resource_type",
          "format",
          "skipped_by_type",
          "medmine_version",
          "ownership",
          "payer_name",
          "agreement",
          "reaction_severity",
          "content_type",
          "panel_display",
          "code",
          "identifier_system",
          "decision",
          "policy",
          "reason",
          "source_a",
          "source_b");
  private static final Set<String> PSEUDONYMS =
      Set.of("id", "run_id", "link_run", "claim_ref", "diagnosis_ref", "medication_ref");
  private static final Set<String> SCRUBBED = Set.of("text", "value_text", "dosage_text");

  /** The treatment of column {@code column} of SQL type {@code sqlType}. */
  public static ColumnTreatment of(String column, String sqlType) {
    String c = column.toLowerCase(Locale.ROOT);
    String t = sqlType.toUpperCase(Locale.ROOT);
    if (t.startsWith("DATE") || t.startsWith("TIMESTAMP")) {
      return c.equals("birth_date") ? BIRTH_DATE : DATE;
    }
    if (DROPPED.contains(c)) {
      return DROP;
    }
    if (PSEUDONYMS.contains(c)
        || c.endsWith("_id")
        || c.endsWith("_uid")
        || c.endsWith("_ref")
        || c.endsWith("_id_a")
        || c.endsWith("_id_b")) {
      return PSEUDONYM;
    }
    if (c.equals("postal_code")) {
      return ZIP;
    }
    if (c.equals("city") || c.equals("county") || c.equals("birth_place")) {
      return GEOGRAPHY;
    }
    if (SCRUBBED.contains(c)) {
      return SCRUB;
    }
    if (!t.startsWith("VARCHAR")) {
      return KEEP;
    }
    if (KEPT_TEXT.contains(c)
        || c.endsWith("_system")
        || c.endsWith("_code")
        || c.endsWith("_display")) {
      return KEEP;
    }
    return DROP;
  }
}
