package org.medmine.ingest.genomics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.warehouse.WarehouseException;

/**
 * Pharmacogenomic results as rows of the warehouse's {@code observation} table, shaped as FHIR
 * ingest stores the HL7 FHIR Genomics Reporting IG's observations (a component becomes a child row
 * with {@code parent_id}): a genotype (LOINC 84413-4 "Genotype display name", value the diplotype
 * as text, {@code CYP2C19 *1/*2}) and a phenotype (LOINC 53040-2 "Genetic variation's effect on
 * drug metabolism", value the CPIC phenotype, coded with the IG's LOINC answers for metabolizer
 * phenotypes), each with a "gene studied" component (LOINC 48018-6, HGNC). Rows written here have
 * ids {@code pgx-PATIENT-GENE-genotype} and {@code -phenotype}; writing replaces the patient's
 * earlier ones, so storing the same result twice changes nothing.
 */
public final class GenotypeObservations {
  static final String LOINC = "http://loinc.org";
  static final String GENOTYPE = "84413-4";
  static final String PHENOTYPE = "53040-2";
  static final String GENE_STUDIED = "48018-6";

  private static final Map<String, String> METABOLIZER_ANSWERS =
      Map.of(
          "Ultrarapid Metabolizer", "LA10315-2",
          "Rapid Metabolizer", "LA25390-8",
          "Normal Metabolizer", "LA25391-6",
          "Intermediate Metabolizer", "LA10317-8",
          "Poor Metabolizer", "LA9657-3");

  private static final String INSERT =
      "INSERT INTO observation (source, id, patient_id, parent_id, category, status, code_system,"
          + " code, code_display, value_type, value_text, value_system, value_code, value_display)"
          + " VALUES (?, ?, ?, ?, 'laboratory', 'final', ?, ?, ?, ?, ?, ?, ?, ?)";

  private GenotypeObservations() {}

  /** The prefix of the ids of {@code patient}'s rows written here. */
  static String idPrefix(String patient) {
    return "pgx-" + patient + "-";
  }

  /**
   * Replaces {@code patient}'s pharmacogenomic rows of {@code source} with {@code genes}, in one
   * transaction; the number of rows written.
   */
  public static int write(Connection c, String source, String patient, List<GenePhenotype> genes) {
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        String prefix = idPrefix(patient);
        try (PreparedStatement d =
            c.prepareStatement(
                "DELETE FROM observation WHERE source = ? AND patient_id = ?"
                    + " AND substr(id, 1, ?) = ?")) {
          d.setString(1, source);
          d.setString(2, patient);
          d.setInt(3, prefix.length());
          d.setString(4, prefix);
          d.executeUpdate();
        }
        int rows = insert(c, source, patient, genes);
        c.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not store the pharmacogenomic observations", e);
    }
  }

  /** One row to insert: ids, code and value. */
  private record ObservationRow(
      String id,
      String parent,
      String code,
      String codeDisplay,
      String valueType,
      String valueText,
      String valueSystem,
      String valueCode,
      String valueDisplay) {}

  private static int insert(Connection c, String source, String patient, List<GenePhenotype> genes)
      throws SQLException {
    List<ObservationRow> rows = new ArrayList<>();
    for (GenePhenotype g : genes) {
      rows.addAll(rowsOf(patient, g));
    }
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (ObservationRow r : rows) {
        s.setString(1, source);
        s.setString(2, r.id());
        s.setString(3, patient);
        s.setString(4, r.parent());
        s.setString(5, LOINC);
        s.setString(6, r.code());
        s.setString(7, r.codeDisplay());
        s.setString(8, r.valueType());
        s.setString(9, r.valueText());
        s.setString(10, r.valueSystem());
        s.setString(11, r.valueCode());
        s.setString(12, r.valueDisplay());
        s.addBatch();
      }
      s.executeBatch();
    }
    return rows.size();
  }

  /** The rows of one gene: genotype (when called) and phenotype, each with its gene component. */
  private static List<ObservationRow> rowsOf(String patient, GenePhenotype g) {
    String base = idPrefix(patient) + g.gene();
    List<ObservationRow> rows = new ArrayList<>();
    if (!g.diplotype().equals("no call")) {
      String text = g.gene() + " " + g.diplotype();
      rows.add(
          new ObservationRow(
              base + "-genotype",
              null,
              GENOTYPE,
              "Genotype display name",
              "string",
              text,
              null,
              null,
              null));
      rows.add(geneStudied(base + "-genotype", g.gene()));
    }
    String answer = METABOLIZER_ANSWERS.get(g.phenotype());
    rows.add(
        new ObservationRow(
            base + "-phenotype",
            null,
            PHENOTYPE,
            "Genetic variation's effect on drug metabolism",
            answer != null ? "codeable" : "string",
            g.phenotype(),
            answer != null ? LOINC : null,
            answer,
            answer != null ? g.phenotype() : null));
    rows.add(geneStudied(base + "-phenotype", g.gene()));
    return rows;
  }

  private static ObservationRow geneStudied(String parent, String gene) {
    return new ObservationRow(
        parent + "#c0",
        parent,
        GENE_STUDIED,
        "Gene studied [ID]",
        "codeable",
        gene,
        GeneIds.SYSTEM,
        GeneIds.hgnc(gene),
        gene);
  }

  /** Reads {@code patient}'s profile (see {@link PgxProfile#fromWarehouse}). */
  static PgxProfile read(Connection c, String source, String patient, PgxPhenotyper phenotyper) {
    Map<String, String> genotypes = new LinkedHashMap<>();
    Map<String, String> phenotypes = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(READ)) {
      s.setString(1, source);
      s.setString(2, patient);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String value =
              rs.getString("value_text") != null
                  ? rs.getString("value_text")
                  : rs.getString("value_display");
          String gene = geneOf(rs.getString("gene_display"), rs.getString("gene_code"), value);
          if (gene == null || value == null) {
            continue;
          }
          if (rs.getString("code").equals(GENOTYPE)) {
            genotypes.putIfAbsent(gene, stripGene(gene, value));
          } else {
            phenotypes.putIfAbsent(gene, phenotypeOf(rs.getString("value_code"), value));
          }
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the pharmacogenomic observations", e);
    }
    return profileOf(patient, genotypes, phenotypes, phenotyper);
  }

  private static final String READ =
      "SELECT o.code, o.value_text, o.value_code, o.value_display, g.value_display AS gene_display,"
          + " g.value_code AS gene_code"
          + " FROM observation o LEFT JOIN observation g ON g.source = o.source"
          + " AND g.patient_id = o.patient_id AND g.code = '"
          + GENE_STUDIED
          + "'"
          + " AND (g.parent_id = o.id OR (o.parent_id IS NOT NULL AND g.parent_id = o.parent_id))"
          + " WHERE o.source = ? AND o.patient_id = ? AND o.code IN ('"
          + GENOTYPE
          + "', '"
          + PHENOTYPE
          + "') AND coalesce(o.status, 'final') NOT IN ('entered-in-error', 'cancelled')"
          + " ORDER BY o.effective_time DESC NULLS LAST, o.issued_time DESC NULLS LAST, o.id";

  private static String geneOf(String display, String code, String value) {
    return GeneIds.symbol(display)
        .or(() -> GeneIds.symbol(code))
        .or(() -> value == null ? java.util.Optional.empty() : GeneIds.symbol(value.split(" ")[0]))
        .orElse(null);
  }

  /** CPIC's name of a phenotype stored coded with a LOINC answer, else the text as stored. */
  private static String phenotypeOf(String code, String text) {
    return METABOLIZER_ANSWERS.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(text);
  }

  private static String stripGene(String gene, String value) {
    String v = value.strip();
    return v.startsWith(gene + " ") ? v.substring(gene.length() + 1).strip() : v;
  }

  private static PgxProfile profileOf(
      String patient,
      Map<String, String> genotypes,
      Map<String, String> phenotypes,
      PgxPhenotyper phenotyper) {
    java.util.TreeSet<String> genes = new java.util.TreeSet<>(genotypes.keySet());
    genes.addAll(phenotypes.keySet());
    List<GenePhenotype> out = new ArrayList<>();
    for (String gene : genes) {
      Diplotype d = genotypes.containsKey(gene) ? Diplotype.parse(gene, genotypes.get(gene)) : null;
      GenePhenotype p = d != null ? phenotyper.of(d, "warehouse") : null;
      String stored = phenotypes.get(gene);
      if (p == null || (p.indeterminate() && stored != null)) {
        p =
            new GenePhenotype(
                gene,
                d != null ? d.text() : genotypes.getOrDefault(gene, "no call"),
                stored != null ? stored : GenePhenotype.INDETERMINATE,
                null,
                List.of(),
                "warehouse");
      }
      out.add(p);
    }
    return new PgxProfile(patient, out, java.util.Set.of());
  }
}
