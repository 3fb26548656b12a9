package org.medmine.apps.pgx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.ingest.genomics.GeneCall;
import org.medmine.ingest.genomics.GenePhenotype;
import org.medmine.ingest.genomics.PgxProfile;
import org.medmine.ingest.genomics.PgxRecommendation;
import org.medmine.ingest.genomics.VcfProblem;
import org.medmine.ingest.genomics.VcfSample;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * What {@link PgxApp} found: the VCF read (and the lines it refused), each gene's call and
 * phenotype, the CPIC recommendations that apply, and what was stored for which patient.
 *
 * @param sample what the VCF held at the defining positions
 * @param calls one call per gene (the outside CYP2D6 call last)
 * @param profile the phenotypes
 * @param recommendations the CPIC recommendations the phenotypes match, per drug
 * @param patient the patient stored for, null when none
 * @param source the patient's source, null when nothing was stored
 * @param storedRows the observation rows written
 * @param provenance where the result came from (the VCF's SHA-256)
 */
public record PgxResult(
    VcfSample sample,
    List<GeneCall> calls,
    PgxProfile profile,
    List<PgxRecommendation> recommendations,
    String patient,
    String source,
    int storedRows,
    RunProvenance provenance)
    implements AppResult {
  public PgxResult {
    calls = List.copyOf(calls);
    recommendations = List.copyOf(recommendations);
  }

  /** The document of {@code --format json}. */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    Map<String, Object> vcf = new LinkedHashMap<>();
    vcf.put("file", sample.file());
    vcf.put("sample", sample.sample());
    vcf.put("dataLines", sample.dataLines());
    vcf.put("refusedLines", sample.problems());
    doc.put("vcf", vcf);
    List<Map<String, Object>> genes = new ArrayList<>();
    for (GeneCall call : calls) {
      genes.add(PgxRows.gene(call, profile.gene(call.gene()).orElse(null)));
    }
    doc.put("genes", genes);
    doc.put("recommendations", recommendations.stream().map(PgxRows::recommendation).toList());
    if (patient != null) {
      doc.put(
          "stored", Map.of("patient", patient, "source", source, "observationRows", storedRows));
    }
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return PgxRows.text(this);
  }

  @Override
  public List<ReportSection> toSections() {
    List<List<?>> genes = new ArrayList<>();
    for (GeneCall call : calls) {
      GenePhenotype p = profile.gene(call.gene()).orElse(null);
      genes.add(
          List.of(
              call.gene(),
              p == null ? "" : p.diplotype(),
              p == null ? PgxRows.NOT_TESTED : p.phenotype(),
              PgxRows.note(call)));
    }
    List<List<?>> recs = new ArrayList<>();
    for (PgxRecommendation r : recommendations) {
      recs.add(
          List.of(
              r.drug(),
              PgxRows.genes(r),
              r.classification(),
              r.recommendation(),
              r.guideline().citation()));
    }
    String html =
        Html.table(List.of("gene", "diplotype", "phenotype", "note"), genes)
            + Html.table(
                List.of("drug", "genes", "classification", "recommendation", "guideline"), recs);
    return List.of(ReportSection.of("pgx", "Pharmacogenomics (CPIC)", html));
  }

  /** The lines of the VCF that were refused. */
  public List<VcfProblem> problems() {
    return sample.problems();
  }
}
