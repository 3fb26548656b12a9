package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.privacy.AccessLayer;
import org.medmine.quality.linkage.PairComparator;
import org.medmine.quality.linkage.PatientLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine link}: finds records of the same patient within and across sources. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Finds patient records of the same person within and across sources (blocking, Jaro-Winkler names with"
          + " nicknames, date and address comparisons, Fellegi-Sunter weights with m/u estimated by EM).",
      "Rewrites table patient_link (a cluster id per source record; source rows are not changed) and link_review"
          + " (pairs between the review and the match threshold, for a person to decide)."
    })
final class LinkCommand implements Callable<Integer> {
  /**
   * The tables linkage rewrites; the patients it compares come through the consent views of the access
   * layer, so a denying patient is linked to no one and listed for no review.
   */
  static final String[] RESULTS = {"patient_link", "link_review"};

  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(
      names = "--threshold",
      defaultValue = "0.9",
      paramLabel = "P",
      description =
          "Match probability at or above which two records are linked. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(
      names = "--review-threshold",
      defaultValue = "0.3",
      paramLabel = "P",
      description =
          "Pairs from this probability up to the threshold go to link_review. Default: ${DEFAULT-VALUE}.")
  double reviewThreshold;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "Seed for the random pairs that estimate u. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PatientLinker.Options defaults = PatientLinker.Options.defaults();
    PatientLinker.Options options =
        new PatientLinker.Options(
            threshold, reviewThreshold, seed, defaults.randomPairs(), defaults.maxBlockSize());
    PatientLinker.Result r;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouse.file, RESULTS)) {
      r = PatientLinker.linkAndStore(w.connection(), options);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      out.println(Json.write(json(r)));
    } else {
      print(out, r);
    }
    return ExitCodes.OK;
  }

  static void demo(PrintWriter console, Path warehouseFile) {
    PatientLinker.Result r;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouseFile, RESULTS)) {
      r = PatientLinker.linkAndStore(w.connection(), PatientLinker.Options.defaults());
    }
    console.println();
    console.println("Record linkage (medmine link):");
    console.printf(
        Locale.ROOT,
        "  %d patient records, %d candidate pairs, %d linked pairs, %d for review -> %d persons (table patient_link)%n",
        r.records(),
        r.candidatePairs(),
        r.matches().size(),
        r.review().size(),
        r.clusters());
  }

  static void print(PrintWriter out, PatientLinker.Result r) {
    out.printf(
        Locale.ROOT,
        "Linked %d patient records in %.1f s: %d candidate pairs, %d linked pairs, %d pairs for review, %d persons%n",
        r.records(),
        r.seconds(),
        r.candidatePairs(),
        r.matches().size(),
        r.review().size(),
        r.clusters());
    out.printf(
        Locale.ROOT,
        "  Fellegi-Sunter: match prevalence among candidates %.4f after %d EM iterations%n",
        r.model().prevalence(),
        r.model().iterations());
    for (PatientLinker.ScoredPair p : r.matches().stream().limit(20).toList()) {
      out.printf(
          Locale.ROOT,
          "  linked  %.3f  %s  ~  %s  [%s]%n",
          p.probability(),
          p.a().key(),
          p.b().key(),
          PairComparator.describe(p.levels()));
    }
    for (PatientLinker.ScoredPair p : r.review().stream().limit(20).toList()) {
      out.printf(
          Locale.ROOT,
          "  review  %.3f  %s  ~  %s  [%s]%n",
          p.probability(),
          p.a().key(),
          p.b().key(),
          PairComparator.describe(p.levels()));
    }
  }

  static Map<String, Object> json(PatientLinker.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("records", r.records());
    m.put("candidate_pairs", r.candidatePairs());
    m.put("match_threshold", r.options().matchThreshold());
    m.put("review_threshold", r.options().reviewThreshold());
    m.put("seed", r.options().seed());
    m.put("persons", r.clusters());
    m.put("prevalence", r.model().prevalence());
    m.put("em_iterations", r.model().iterations());
    Map<String, Object> params = new LinkedHashMap<>();
    for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
      params.put(
          PairComparator.FIELDS.get(f).name(),
          Map.of("m", r.model().m()[f], "u", r.model().u()[f]));
    }
    m.put("parameters", params);
    m.put("linked", pairs(r.matches()));
    m.put("review", pairs(r.review()));
    m.put("seconds", r.seconds());
    return m;
  }

  private static List<Map<String, Object>> pairs(List<PatientLinker.ScoredPair> pairs) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PatientLinker.ScoredPair p : pairs) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("a", p.a().key());
      x.put("b", p.b().key());
      x.put("probability", p.probability());
      x.put("weight", p.weight());
      x.put("agreement", PairComparator.describe(p.levels()));
      out.add(x);
    }
    return out;
  }
}
