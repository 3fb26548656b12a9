package org.medmine.apps.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmine.apps.governance.OmopExchangeIT.clear;
import static org.medmine.apps.governance.OmopExchangeIT.number;
import static org.medmine.apps.governance.OmopExchangeIT.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The OMOP export with a hand-made Athena vocabulary folder, and the import's refusal of a folder
 * that lacks files or has a file with a wrong header (one sentence, nothing written).
 */
class OmopVocabularyAndBadInputIT {
  @TempDir static Path dir;
  static Path original;
  static Path omop;

  @BeforeAll
  static void export() {
    omop = dir.resolve("omop");
    try (Warehouse w = SmallWarehouse.copy(dir, "original.duckdb")) {
      original = w.file();
      OmopExport.write(w, omop, null, clear());
    }
  }

  @Test
  void aVocabularyFolderMapsASnomedCodeToItsStandardConcept() throws Exception {
    String code;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + original);
        Statement s = c.createStatement()) {
      code =
          strings(
                  s,
                  "SELECT code FROM condition WHERE code_system = 'http://snomed.info/sct'"
                      + " AND onset_time IS NOT NULL GROUP BY code ORDER BY count(*) DESC, code LIMIT 1")
              .get(0);
    }
    Path vocabulary = Files.createDirectories(dir.resolve("vocabulary"));
    Files.writeString(
        vocabulary.resolve("CONCEPT.csv"),
        "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
            + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason\n"
            + "4000001\tsource \"term\"\tCondition\tSNOMED\tClinical Finding\t\t"
            + code
            + "\t19700101\t20991231\t\n"
            + "4000002\tstandard term\tCondition\tSNOMED\tClinical Finding\tS\t999999"
            + "\t19700101\t20991231\t\n"
            + "4000003\tsame code, other vocabulary\tCondition\tICD10CM\tICD10 code\t\t"
            + code
            + "\t19700101\t20991231\t\n");
    Files.writeString(
        vocabulary.resolve("CONCEPT_RELATIONSHIP.csv"),
        "concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date"
            + "\tinvalid_reason\n"
            + "4000001\t4000002\tMaps to\t19700101\t20991231\t\n"
            + "4000003\t4000004\tMaps to\t19700101\t20991231\t\n");
    Path mapped = dir.resolve("omop-mapped");
    try (Warehouse w = Warehouse.openExisting(original, true)) {
      OmopExport.write(w, mapped, vocabulary, clear());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String rows =
          "FROM read_csv('"
              + mapped.resolve("condition_occurrence.csv")
              + "', header = true, all_varchar = true)";
      assertThat(
              strings(
                  s,
                  "SELECT DISTINCT condition_concept_id || '/' ||"
                      + " condition_source_concept_id "
                      + rows
                      + " WHERE condition_source_value = '"
                      + code
                      + "'"))
          .containsExactly("4000002/4000001");
      assertThat(
              strings(
                  s,
                  "SELECT DISTINCT condition_concept_id || '/' ||"
                      + " condition_source_concept_id "
                      + rows
                      + " WHERE condition_source_value <> '"
                      + code
                      + "'"))
          .containsExactly("0/0");
    }
  }

  @Test
  void aFolderMissingFilesOrWithAWrongHeaderIsAUserError() throws Exception {
    Path partial = Files.createDirectories(dir.resolve("partial"));
    Files.copy(omop.resolve("person.csv"), partial.resolve("person.csv"));
    try (Warehouse w = Warehouse.open(dir.resolve("bad.duckdb"))) {
      assertThatThrownBy(() -> OmopImport.importFrom(w, partial))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("lacks observation_period.csv");
      Path wrong = Files.createDirectories(dir.resolve("wrong-header"));
      for (String table : OmopCdm.tables()) {
        Files.copy(omop.resolve(table + ".csv"), wrong.resolve(table + ".csv"));
      }
      List<String> lines = new ArrayList<>(Files.readAllLines(wrong.resolve("death.csv")));
      lines.set(0, lines.get(0).replace("death_date", "date_of_death"));
      Files.write(wrong.resolve("death.csv"), lines);
      assertThatThrownBy(() -> OmopImport.importFrom(w, wrong))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("death.csv has the header");
      assertThat(number(w.connection().createStatement(), "SELECT count(*) FROM patient")).isZero();
    }
  }
}
