package org.medmine.apps.fraud;

import java.util.Set;

/**
 * SNOMED CT procedures that only one sex can receive (obstetric care and mammography for women, prostate
 * procedures for men): billed for a patient of the other sex, a claim is impossible. A short curated list,
 * not a terminology service; it names the codes Synthea's modules use.
 */
public final class SexSpecificCodes {
  private SexSpecificCodes() {}

  /** Procedures and visits only a female patient can receive. */
  public static final Set<String> FEMALE_ONLY = Set.of(
      "71651007", // Mammography
      "424441002", // Prenatal initial visit
      "424619006", // Prenatal visit
      "169230002", // Ultrasound scan for fetal viability
      "271442007", // Fetal anatomy study
      "274804006", // Evaluation of uterine fundal height
      "225158009", // Auscultation of the fetal heart
      "31208007", // Medical induction of labor
      "11466000", // Cesarean section
      "171149006"); // Screening for malignant neoplasm of cervix

  /** Procedures only a male patient can receive. */
  public static final Set<String> MALE_ONLY = Set.of(
      "90470006", // Prostatectomy
      "65575008", // Biopsy of prostate
      "176106009"); // Radical cystoprostatectomy

  /** The SQL list literal of {@code codes}, e.g. {@code ('1','2')}. */
  static String sqlList(Set<String> codes) {
    return "(" + String.join(",", codes.stream().sorted().map(c -> "'" + c + "'").toList()) + ")";
  }
}
