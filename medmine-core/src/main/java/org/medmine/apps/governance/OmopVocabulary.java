package org.medmine.apps.governance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.medmine.model.MedmineUserException;

/**
 * The OMOP standardized vocabularies as Athena's download holds them (tab-separated {@code
 * CONCEPT.csv} and {@code CONCEPT_RELATIONSHIP.csv}, OHDSI Athena, athena.ohdsi.org), reduced to
 * what an export needs: for each (vocabulary_id, concept_code), the source concept id and the
 * standard concept id its 'Maps to' relationship names. Staged as the temporary table {@code
 * omop_vocab_map}; without a folder the table is empty, so every concept id is 0, as the CDM
 * conventions ask for unmapped codes.
 */
final class OmopVocabulary {
  private OmopVocabulary() {}

  /** Stages {@code omop_vocab_map} from {@code folder}, or empty when {@code folder} is null. */
  static void stage(Statement s, Path folder) throws SQLException {
    s.execute(
        "CREATE OR REPLACE TEMP TABLE omop_vocab_map (vocabulary_id VARCHAR, concept_code VARCHAR,"
            + " source_concept_id INTEGER, concept_id INTEGER)");
    if (folder == null) {
      return;
    }
    Path concept = folder.resolve("CONCEPT.csv");
    Path relationship = folder.resolve("CONCEPT_RELATIONSHIP.csv");
    if (!Files.isRegularFile(concept) || !Files.isRegularFile(relationship)) {
      throw new MedmineUserException(
          "The vocabulary folder "
              + folder
              + " lacks CONCEPT.csv or CONCEPT_RELATIONSHIP.csv: give the folder of Athena's"
              + " vocabulary download.");
    }
    try {
      s.execute(
          "INSERT INTO omop_vocab_map SELECT c.vocabulary_id, c.concept_code,"
              + " min(CAST(c.concept_id AS INTEGER)),"
              + " coalesce(min(CAST(r.concept_id_2 AS INTEGER)), 0)"
              + " FROM "
              + athena(concept)
              + " c LEFT JOIN "
              + athena(relationship)
              + " r ON r.concept_id_1 = c.concept_id AND r.relationship_id = 'Maps to'"
              + " AND coalesce(r.invalid_reason, '') = ''"
              + " WHERE c.vocabulary_id IN ('SNOMED', 'LOINC', 'RxNorm', 'ICD10CM', 'CVX', 'CPT4')"
              + " GROUP BY c.vocabulary_id, c.concept_code");
    } catch (SQLException e) {
      throw new MedmineUserException(
          "Could not read the vocabulary in "
              + folder
              + " ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "): give Athena's tab-separated CONCEPT.csv and CONCEPT_RELATIONSHIP.csv.",
          e);
    }
  }

  private static String athena(Path file) {
    return "read_csv("
        + OmopCdm.literal(file.toString())
        + ", delim = '\t', header = true, quote = '', all_varchar = true)";
  }
}
