package org.medmine.apps.prediction;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Charlson comorbidity index with its original weights (Charlson et al., J Chronic Dis 1987),
 * over the SNOMED CT codes Synthea writes. Within a group only the heaviest category counts
 * (diabetes with complications supersedes diabetes; metastatic tumour supersedes any tumour); the
 * age component is left out (age is its own covariate).
 */
final class CharlsonIndex {
  private CharlsonIndex() {}

  /** (SNOMED code, group, weight). */
  record Code(String code, String group, int weight) {}

  static final List<Code> CODES =
      List.of(
          new Code("22298006", "myocardial infarction", 1),
          new Code("399211009", "myocardial infarction", 1),
          new Code("88805009", "heart failure", 1),
          new Code("84114007", "heart failure", 1),
          new Code("230690007", "cerebrovascular disease", 1),
          new Code("26929004", "dementia", 1),
          new Code("230265002", "dementia", 1),
          new Code("185086009", "chronic pulmonary disease", 1),
          new Code("87433001", "chronic pulmonary disease", 1),
          new Code("195967001", "chronic pulmonary disease", 1),
          new Code("233678006", "chronic pulmonary disease", 1),
          new Code("69896004", "rheumatic disease", 1),
          new Code("128302006", "liver disease", 1),
          new Code("44054006", "diabetes", 1),
          new Code("127013003", "diabetes", 2),
          new Code("422034002", "diabetes", 2),
          new Code("1551000119108", "diabetes", 2),
          new Code("368581000119106", "diabetes", 2),
          new Code("90781000119102", "diabetes", 2),
          new Code("157141000119108", "diabetes", 2),
          new Code("433144002", "renal disease", 2),
          new Code("431857002", "renal disease", 2),
          new Code("46177005", "renal disease", 2),
          new Code("254637007", "malignancy", 2),
          new Code("254632001", "malignancy", 2),
          new Code("363406005", "malignancy", 2),
          new Code("93761005", "malignancy", 2),
          new Code("126906006", "malignancy", 2),
          new Code("254837009", "malignancy", 2),
          new Code("109838007", "malignancy", 2),
          new Code("67811000119102", "malignancy", 2),
          new Code("424132000", "malignancy", 2),
          new Code("94503003", "malignancy", 6),
          new Code("94260004", "malignancy", 6),
          new Code("86406008", "HIV/AIDS", 6));

  /**
   * The codes as an SQL query of rows (code, grp, weight): SELECTs joined by UNION ALL, which
   * DuckDB and Spark read alike (a VALUES list with named columns is spelled differently by the
   * two).
   */
  static String rows() {
    return CODES.stream()
        .map(
            c ->
                "SELECT '"
                    + c.code()
                    + "' AS code, '"
                    + c.group().replace("'", "''")
                    + "' AS grp, "
                    + c.weight()
                    + " AS weight")
        .collect(Collectors.joining(" UNION ALL "));
  }
}
