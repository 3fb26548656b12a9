package org.medmine.apps.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link QuestionParser} understood an answerable question: what is measured, over what, with
 * which concept, filters, time window and grouping. {@link AskSql} turns it into the one SQL
 * statement the answer runs.
 *
 * @param measure count, rate, top-N, average or distribution
 * @param subject what is counted or measured: patients or events of a table
 * @param concept the clinical concept that selects patients or events, or null
 * @param measured for averages and distributions, the observation measured; null for age
 * @param encounterClass the encounter class (v3 ActCode) that selects encounters, or null
 * @param patients the patient filters
 * @param window the time window on the events, or null
 * @param grouping how rows are split
 * @param limit how many rows a top-N keeps
 * @param reference the reference date (ages, relative windows)
 */
record Interpretation(
    Measure measure,
    Subject subject,
    ResolvedConcept concept,
    ResolvedConcept measured,
    String encounterClass,
    PatientFilter patients,
    TimeWindow window,
    Grouping grouping,
    int limit,
    java.time.LocalDate reference) {

  /** What an answer computes. */
  enum Measure {
    COUNT,
    RATE,
    TOP,
    AVERAGE,
    DISTRIBUTION
  }

  /** What is counted: patients, or the rows of a clinical table. */
  enum Subject {
    PATIENTS("patient", null),
    ENCOUNTERS("encounter", "start_time"),
    CONDITIONS("condition", "onset_time"),
    MEDICATIONS("medication", "start_time"),
    PROCEDURES("procedure", "start_time"),
    OBSERVATIONS("observation", "effective_time");

    final String table;
    final String time;

    Subject(String table, String time) {
      this.table = table;
      this.time = time;
    }

    /** The subject whose rows are in {@code table}. */
    static Subject ofTable(String table) {
      for (Subject s : values()) {
        if (s.table.equals(table)) {
          return s;
        }
      }
      throw new IllegalArgumentException(table);
    }
  }

  /** How the rows of an answer are split. */
  enum Grouping {
    NONE(null),
    SEX("sex"),
    RACE("race"),
    ETHNICITY("ethnicity"),
    AGE_BAND("age_band"),
    CITY("city"),
    STATE("state"),
    CLASS("class"),
    DAY("period"),
    WEEK("period"),
    MONTH("period"),
    YEAR("period");

    final String column;

    Grouping(String column) {
      this.column = column;
    }

    boolean isPeriod() {
      return column != null && column.equals("period");
    }
  }

  /**
   * The patient filters: sex, age band, race, ethnicity, city, state, alive (null: any).
   *
   * @param sex female or male, or null
   * @param age the age band, or null
   * @param race the OMB race category as the warehouse stores it, or null
   * @param ethnicity hispanic or nonhispanic, or null
   * @param city the city of the patient's address, or null
   * @param state the state of the patient's address, or null
   * @param alive true for living patients, false for deceased ones, null for both
   */
  record PatientFilter(
      String sex,
      AgeBand age,
      String race,
      String ethnicity,
      String city,
      String state,
      Boolean alive) {
    static final PatientFilter NONE = new PatientFilter(null, null, null, null, null, null, null);

    Map<String, Object> toJson() {
      Map<String, Object> out = new LinkedHashMap<>();
      putIf(out, "sex", sex);
      putIf(out, "age", age == null ? null : age.describe());
      putIf(out, "race", race);
      putIf(out, "ethnicity", ethnicity);
      putIf(out, "city", city);
      putIf(out, "state", state);
      putIf(out, "alive", alive);
      return out;
    }
  }

  /**
   * A concept named in words, resolved to the codes the warehouse records.
   *
   * @param written the words of the question
   * @param name the concept's preferred term
   * @param table the warehouse table its codes are in
   * @param codes its codes (system|code)
   */
  record ResolvedConcept(String written, String name, String table, List<String> codes) {
    ResolvedConcept {
      codes = List.copyOf(codes);
    }

    /** The SQL list of the bare codes, quoted: {@code ('44054006', '...')}. */
    String sqlCodes() {
      StringBuilder out = new StringBuilder("(");
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i).substring(codes.get(i).lastIndexOf('|') + 1);
        out.append(i > 0 ? ", " : "").append('\'').append(code.replace("'", "''")).append('\'');
      }
      return out.append(')').toString();
    }

    Map<String, Object> toJson() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("written", written);
      out.put("concept", name);
      out.put("table", table);
      out.put("codes", codes);
      return out;
    }
  }

  /** The interpretation as the answer shows it. */
  Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("measure", measure.name().toLowerCase(java.util.Locale.ROOT));
    out.put("subject", subject.name().toLowerCase(java.util.Locale.ROOT));
    putIf(out, "concept", concept == null ? null : concept.toJson());
    putIf(out, "measured", measured == null ? null : measured.toJson());
    putIf(out, "encounterClass", encounterClass);
    out.put("filters", patients.toJson());
    putIf(out, "window", window == null ? null : window.describe());
    out.put(
        "groupBy",
        grouping == Grouping.NONE ? null : grouping.name().toLowerCase(java.util.Locale.ROOT));
    putIf(out, "limit", measure == Measure.TOP ? limit : null);
    out.put("referenceDate", reference.toString());
    return out;
  }

  static void putIf(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
