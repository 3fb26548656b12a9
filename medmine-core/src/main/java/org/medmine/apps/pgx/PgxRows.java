package org.medmine.apps.pgx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.ingest.genomics.Diplotype;
import org.medmine.ingest.genomics.GeneCall;
import org.medmine.ingest.genomics.GenePhenotype;
import org.medmine.ingest.genomics.PgxRecommendation;
import org.medmine.ingest.genomics.VcfProblem;
import org.medmine.report.TextTable;

/** How a {@link PgxResult} reads: JSON rows per gene and recommendation, and the console text. */
final class PgxRows {
  private PgxRows() {}

  /** The phenotype of a gene not tested. */
  static final String NOT_TESTED = "not tested";

  static Map<String, Object> gene(GeneCall call, GenePhenotype p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("gene", call.gene());
    row.put("source", call.source());
    row.put("tested", call.tested());
    row.put("diplotypes", call.diplotypes().stream().map(Diplotype::text).toList());
    row.put("phenotype", p == null ? NOT_TESTED : p.phenotype());
    row.put("activityScore", p == null ? null : p.activityScore());
    row.put("alternatives", p == null ? List.of() : p.alternatives());
    row.put("phased", call.phased());
    row.put("variantCalls", call.variantCalls());
    row.put("missingPositions", call.missingPositions());
    row.put("possiblyMissed", call.possiblyMissed());
    row.put("partiallyMatched", call.partiallyMatched());
    row.put("dependsOnMissing", call.dependsOnMissing());
    row.put("notes", call.notes());
    return row;
  }

  static Map<String, Object> recommendation(PgxRecommendation r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("drug", r.drug());
    row.put("rxcui", r.rxcui());
    row.put("genes", r.genes());
    row.put("classification", r.classification());
    row.put("actionable", r.actionable());
    row.put("implication", r.implication());
    row.put("recommendation", r.recommendation());
    row.put("basedOnOpenCall", r.basedOnOpenCall());
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("title", r.guideline().title());
    g.put("year", r.guideline().year());
    g.put("pmid", r.guideline().pmid());
    g.put("url", r.guideline().url());
    row.put("guideline", g);
    return row;
  }

  /** A short note on what leaves a call open. */
  static String note(GeneCall call) {
    if (call.source().equals("outside call")) {
      return "outside call";
    }
    if (!call.tested()) {
      return "not in the VCF";
    }
    StringBuilder n = new StringBuilder();
    if (call.ambiguous()) {
      n.append(call.phased() ? "several diplotypes fit" : "unphased: several diplotypes fit");
    }
    if (!call.missingPositions().isEmpty()) {
      n.append(n.length() > 0 ? "; " : "")
          .append(call.missingPositions().size())
          .append(" positions missing");
      if (!call.possiblyMissed().isEmpty()) {
        n.append(", could hide ").append(String.join(" ", call.possiblyMissed()));
      }
      if (!call.partiallyMatched().isEmpty()) {
        n.append(", partial match of ").append(String.join(" ", call.partiallyMatched()));
      }
    }
    if (call.diplotypes().isEmpty() && !call.notes().isEmpty()) {
      n.append(n.length() > 0 ? "; " : "").append(call.notes().get(call.notes().size() - 1));
    }
    return n.toString();
  }

  static String genes(PgxRecommendation r) {
    return r.genes().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String text(PgxResult result) {
    StringBuilder out = new StringBuilder();
    out.append("Sample ")
        .append(result.sample().sample())
        .append(" (")
        .append(result.sample().file())
        .append(", ")
        .append(result.sample().dataLines())
        .append(" data lines)\n\n");
    TextTable genes = new TextTable("gene", "diplotype", "phenotype", "score", "note");
    for (GeneCall call : result.calls()) {
      GenePhenotype p = result.profile().gene(call.gene()).orElse(null);
      if (p == null) {
        genes.row(call.gene(), "", NOT_TESTED, "", note(call));
        continue;
      }
      String score = p.activityScore() == null ? "" : p.activityScore();
      genes.row(call.gene(), p.diplotype(), p.phenotype(), score, note(call));
    }
    out.append(genes.render(0)).append('\n');
    out.append("CPIC recommendations\n");
    for (PgxRecommendation r : result.recommendations()) {
      out.append("\n")
          .append(r.drug())
          .append(" (RxCUI ")
          .append(r.rxcui())
          .append("), ")
          .append(genes(r))
          .append(": ")
          .append(r.classification())
          .append(r.actionable() ? ", actionable" : "")
          .append(r.basedOnOpenCall() ? ", based on an open call" : "")
          .append("\n  ")
          .append(r.recommendation())
          .append("\n  CPIC ")
          .append(r.guideline().year())
          .append(", PMID ")
          .append(r.guideline().pmid())
          .append('\n');
    }
    List<VcfProblem> problems = result.problems();
    if (!problems.isEmpty()) {
      out.append('\n').append(problems.size()).append(" VCF lines refused:\n");
      problems.forEach(p -> out.append("  ").append(p).append('\n'));
    }
    if (result.patient() != null) {
      out.append("\nStored ")
          .append(result.storedRows())
          .append(" observation rows for patient ")
          .append(result.patient())
          .append(" (source ")
          .append(result.source())
          .append(")\n");
    }
    return out.toString();
  }
}
