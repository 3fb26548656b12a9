package org.medmine.apps.pgx;

import java.nio.file.Path;
import org.medmine.ingest.genomics.Diplotype;
import org.medmine.ingest.genomics.PgxPhenotyper;
import org.medmine.model.MedmineUserException;

/**
 * What {@link PgxApp} reads and where it stores.
 *
 * @param vcf the sample's VCF ({@code .vcf} or {@code .vcf.gz}, GRCh38, one sample)
 * @param patient the warehouse patient to store the results for; null to store nothing
 * @param source the patient's source; null to find it (the patient must be in exactly one)
 * @param cyp2d6 an outside CYP2D6 diplotype ({@code *1/*4}); null when there is none
 */
public record PgxOptions(Path vcf, String patient, String source, String cyp2d6) {
  public PgxOptions {
    if (vcf == null) {
      throw new MedmineUserException("Give the sample's VCF file (FILE.vcf or FILE.vcf.gz).");
    }
    patient = patient == null || patient.isBlank() ? null : patient.strip();
    source = source == null || source.isBlank() ? null : source.strip();
    cyp2d6 = cyp2d6 == null || cyp2d6.isBlank() ? null : cyp2d6.strip();
    if (cyp2d6 != null) {
      cyp2d6Diplotype(cyp2d6);
    }
  }

  /** The outside CYP2D6 call, checked against the CYP2D6 activity table. */
  Diplotype cyp2d6Diplotype() {
    return cyp2d6 == null ? null : cyp2d6Diplotype(cyp2d6);
  }

  private static Diplotype cyp2d6Diplotype(String text) {
    Diplotype d = Diplotype.parse("CYP2D6", text);
    PgxPhenotyper phenotyper = new PgxPhenotyper();
    if (d == null || !phenotyper.knowsCyp2d6(d.first()) || !phenotyper.knowsCyp2d6(d.second())) {
      throw new MedmineUserException(
          "--cyp2d6 '"
              + text
              + "' is not a CYP2D6 diplotype medmine can score: write two star alleles from"
              + " CPIC's CYP2D6 table such as '*1/*4' (a duplication as '*1x2').");
    }
    return d;
  }
}
