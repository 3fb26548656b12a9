package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 v2 values as warehouse values: date/times (DTM, v2.5 §2.A.22) to UTC, code systems (HL7 table
 * 0396) to the canonical URIs the warehouse uses, and HL7's explicit null ({@code ""}, v2.5 §2.5.3:
 * delete the value).
 */
final class V2Values {
  /** The value HL7 v2 sends to say "delete what you have" (v2.5 §2.5.3). */
  static final String EXPLICIT_NULL = "\"\"";

  private static final Pattern DTM =
      Pattern.compile(
          "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?");

  /** HL7 table 0396 (coding systems) to the warehouse's canonical system URIs. */
  private static final Map<String, String> SYSTEMS =
      Map.ofEntries(
          Map.entry("LN", "http://loinc.org"),
          Map.entry("LNC", "http://loinc.org"),
          Map.entry("SCT", "http://snomed.info/sct"),
          Map.entry("SNM", "http://snomed.info/sct"),
          Map.entry("CVX", "http://hl7.org/fhir/sid/cvx"),
          Map.entry("MVX", "http://hl7.org/fhir/sid/mvx"),
          Map.entry("NDC", "http://hl7.org/fhir/sid/ndc"),
          Map.entry("RXNORM", "http://www.nlm.nih.gov/research/umls/rxnorm"),
          Map.entry("RXN", "http://www.nlm.nih.gov/research/umls/rxnorm"),
          Map.entry("I10", "http://hl7.org/fhir/sid/icd-10"),
          Map.entry("I10C", "http://hl7.org/fhir/sid/icd-10-cm"),
          Map.entry("I9C", "http://hl7.org/fhir/sid/icd-9-cm"),
          Map.entry("UCUM", "http://unitsofmeasure.org"),
          Map.entry("CDCREC", "urn:oid:2.16.840.1.113883.6.238"),
          Map.entry("NCIT", "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"));

  private V2Values() {}

  /** Whether a value is absent (empty) or HL7's explicit null. */
  static boolean blank(String v) {
    return v == null || v.isEmpty() || v.equals(EXPLICIT_NULL);
  }

  static String orNull(String v) {
    return blank(v) ? null : v;
  }

  /**
   * A DTM as UTC: its own offset when it has one, else {@code zone} (the sender's local time, which
   * a front end names). Missing parts default to the start (a DTM of {@code 2024} is
   * 2024-01-01T00:00). Null when blank.
   */
  static LocalDateTime time(String v, ZoneId zone, String segment, int field) {
    if (blank(v)) {
      return null;
    }
    Matcher m = DTM.matcher(v.strip());
    if (!m.matches()) {
      throw notATime(v, segment, field);
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              part(m, 2, 1),
              part(m, 3, 1),
              part(m, 4, 0),
              part(m, 5, 0),
              part(m, 6, 0),
              m.group(7) == null
                  ? 0
                  : Integer.parseInt((m.group(7) + "000000000").substring(0, 9)));
      ZoneId z =
          m.group(8) == null
              ? zone
              : ZoneOffset.of(m.group(8).substring(0, 3) + ":" + m.group(8).substring(3));
      return local.atZone(z).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException e) {
      throw notATime(v, segment, field);
    }
  }

  /** The date part of a DTM or DT, as written (a birth date is a calendar date, not an instant). */
  static LocalDate date(String v, String segment, int field) {
    if (blank(v)) {
      return null;
    }
    Matcher m = DTM.matcher(v.strip());
    if (!m.matches()) {
      throw notATime(v, segment, field);
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), part(m, 2, 1), part(m, 3, 1));
    } catch (DateTimeException e) {
      throw notATime(v, segment, field);
    }
  }

  private static int part(Matcher m, int group, int absent) {
    return m.group(group) == null ? absent : Integer.parseInt(m.group(group));
  }

  private static Rejection.Thrown notATime(String v, String segment, int field) {
    return Rejection.error(
            ErrorCode.DATA_TYPE_ERROR,
            segment,
            field,
            "'" + v + "' is not an HL7 date/time (YYYY[MM[DD[HH[MM[SS]]]]][+/-ZZZZ])")
        .thrown();
  }

  /**
   * The canonical URI of an HL7 table 0396 coding system; HL7 tables (HL7nnnn) as
   * terminology.hl7.org.
   */
  static String system(String v2System) {
    if (blank(v2System)) {
      return null;
    }
    String s = v2System.strip().toUpperCase(Locale.ROOT);
    String uri = SYSTEMS.get(s);
    if (uri != null) {
      return uri;
    }
    if (s.matches("HL7\\d{4}")) {
      return "http://terminology.hl7.org/CodeSystem/v2-" + s.substring(3);
    }
    return v2System.strip();
  }

  /** A number, or null when the text is not one. */
  static Double number(String v) {
    if (blank(v)) {
      return null;
    }
    try {
      double d = Double.parseDouble(v.strip());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
