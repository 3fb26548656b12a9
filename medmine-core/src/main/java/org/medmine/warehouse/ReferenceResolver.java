package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Resolves FHIR conditional references ({@code Practitioner?identifier=system|value}, as Synthea
 * writes them) to the ids of the provider, organization or location rows that carry that
 * identifier, within one source. A reference that matches nothing is left as written, where the
 * data-quality checks will find it.
 */
final class ReferenceResolver {

  record Target(String type, String table, String identifierExpression) {
    /** How a conditional reference to this target begins. */
    String prefix() {
      return type + "?identifier=";
    }
  }

  static final Target PRACTITIONER =
      new Target("Practitioner", "provider", "'http://hl7.org/fhir/sid/us-npi|' || r.npi");
  static final Target ORGANIZATION =
      new Target(
          "Organization", "organization", "r.identifier_system || '|' || r.identifier_value");
  static final Target LOCATION =
      new Target("Location", "location", "r.identifier_system || '|' || r.identifier_value");

  record Column(String table, String column, Target target) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("encounter", "provider_id", PRACTITIONER),
          new Column("encounter", "organization_id", ORGANIZATION),
          new Column("encounter", "location_id", LOCATION),
          new Column("claim", "provider_id", PRACTITIONER),
          new Column("claim", "organization_id", ORGANIZATION),
          new Column("claim", "location_id", LOCATION),
          new Column("medication", "prescriber_id", PRACTITIONER),
          new Column("note", "author_id", PRACTITIONER),
          new Column("procedure", "location_id", LOCATION),
          new Column("immunization", "location_id", LOCATION),
          new Column("imaging_study", "location_id", LOCATION),
          new Column("provider", "organization_id", ORGANIZATION),
          new Column("provider", "location_id", LOCATION),
          new Column("location", "organization_id", ORGANIZATION));

  private final Connection connection;
  private final String source;

  ReferenceResolver(Connection connection, String source) {
    this.connection = connection;
    this.source = source;
  }

  /**
   * Resolves every conditional reference and claim diagnosis of the source that is still
   * unresolved.
   */
  void resolve() throws SQLException {
    resolve(Set.copyOf(COLUMNS), true);
  }

  /**
   * Resolves only what is left: the conditional references of {@code columns}, and the claim
   * diagnoses when {@code claimDiagnoses} (the rest was resolved as the rows were appended, see
   * {@link AppendTimeResolver}).
   */
  void resolve(Set<Column> columns, boolean claimDiagnoses) throws SQLException {
    for (Column c : COLUMNS) {
      if (columns.contains(c)) {
        resolveConditional(c);
      }
    }
    if (claimDiagnoses) {
      resolveClaimDiagnoses();
    }
  }

  /** Claim diagnoses given by reference take the code of the Condition they name. */
  private void resolveClaimDiagnoses() throws SQLException {
    execute(
        "UPDATE claim_line l SET code_system = c.code_system, code = c.code, code_display = c.code_display"
            + " FROM condition c WHERE l.source = ? AND l.line_kind = 'diagnosis' AND l.code IS NULL"
            + " AND c.source = l.source AND c.id = l.diagnosis_ref");
    execute(
        "UPDATE claim c SET diagnosis_1_code = d.c1, diagnosis_2_code = d.c2, diagnosis_3_code = d.c3,"
            + " diagnosis_4_code = d.c4 FROM (SELECT source, claim_id,"
            + " max(code) FILTER (WHERE rn = 1) c1, max(code) FILTER (WHERE rn = 2) c2,"
            + " max(code) FILTER (WHERE rn = 3) c3, max(code) FILTER (WHERE rn = 4) c4"
            + " FROM (SELECT source, claim_id, code, row_number() OVER (PARTITION BY claim_id ORDER BY sequence) rn"
            + " FROM claim_line WHERE source = ? AND line_kind = 'diagnosis') GROUP BY source, claim_id) d"
            + " WHERE c.source = d.source AND c.id = d.claim_id AND c.diagnosis_1_code IS NULL");
  }

  private void execute(String sql) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, source);
      p.executeUpdate();
    }
  }

  private void resolveConditional(Column c) throws SQLException {
    String prefix = c.target().prefix();
    String sql =
        "UPDATE "
            + c.table()
            + " t SET "
            + c.column()
            + " = r.id FROM "
            + c.target().table()
            + " r"
            + " WHERE t.source = ? AND r.source = t.source AND starts_with(t."
            + c.column()
            + ", ?)"
            + " AND t."
            + c.column()
            + " = ? || "
            + c.target().identifierExpression();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, source);
      p.setString(2, prefix);
      p.setString(3, prefix);
      p.executeUpdate();
    }
  }
}
