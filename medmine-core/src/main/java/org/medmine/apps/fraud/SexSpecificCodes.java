package org.medmine.apps.fraud;

import java.util.List;
import org.medmine.cohort.CodeSet;

/**
 * SNOMED CT procedures that only one sex can receive (obstetric care and mammography for women,
 * prostate procedures for men): billed for a patient of the other sex, a claim is impossible. A
 * short curated list, not a terminology service; it names the codes Synthea's modules use. Code
 * sets of any system ({@link CodeSet}): the claim lines carry the code alone.
 */
public final class SexSpecificCodes {
  private SexSpecificCodes() {}

  /** Procedures and visits only a female patient can receive. */
  public static final CodeSet FEMALE_ONLY =
      CodeSet.of(
          null,
          List.of(
              "71651007", // Mammography
              "424441002", // Prenatal initial visit
              "424619006", // Prenatal visit
              "169230002", // Ultrasound scan for fetal viability
              "271442007", // Fetal anatomy study
              "274804006", // Evaluation of uterine fundal height
              "225158009", // Auscultation of the fetal heart
              "31208007", // Medical induction of labor
              "11466000", // Cesarean section
              "171149006")); // Screening for malignant neoplasm of cervix

  /** Procedures only a male patient can receive. */
  public static final CodeSet MALE_ONLY =
      CodeSet.of(
          null,
          List.of(
              "90470006", // Prostatectomy
              "65575008", // Biopsy of prostate
              "176106009")); // Radical cystoprostatectomy
}
