package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.model.MedmineUserException;

/**
 * {@code synthesize}: reads the context's warehouse (consent-filtered), splits its patients into a
 * fitted half and a held-out half by the seed, fits the {@link SynthesisModel} on the fitted half,
 * draws synthetic patients ({@link PatientSampler}) and writes them as a new warehouse ({@link
 * SyntheticWarehouse}); then measures the synthetic patients' {@link Fidelity}, {@link Privacy} and
 * {@link TrainOnSynthetic} utility against both halves. The context records the new warehouse in
 * its audit entry ({@code created-by-synthesize}).
 */
public final class SynthesisApp implements App<SynthesisOptions, SynthesisResult> {
  @Override
  public String name() {
    return "synthesize";
  }

  /**
   * A patient's uniform draw for the split, from the seed and their id alone: whether a patient is
   * held out depends on no other patient (consent exclusion of one moves no one else).
   */
  static double heldOut(String id, long seed) {
    return new SplittableRandom(seed * 1_000_003L + id.hashCode()).nextDouble();
  }

  @Override
  public SynthesisResult run(AnalysisContext context, SynthesisOptions options) {
    RealRecords real = RealRecords.read(context.connection());
    List<PatientRecord> holdout = new ArrayList<>();
    List<PatientRecord> train = new ArrayList<>();
    for (PatientRecord p : real.patients()) {
      (heldOut(p.id(), options.seed()) < options.holdout() ? holdout : train).add(p);
    }
    if (train.size() < 2 || holdout.isEmpty()) {
      throw new MedmineUserException(
          "The warehouse has "
              + real.patients().size()
              + " patients with a birth date: synthesis needs at least 4 (half to fit, half to"
              + " measure against).");
    }
    int endYear = real.endOfData().getYear();
    SynthesisModel model =
        SynthesisModel.fit(
            train, endYear, options.minCount(), options.epsilon(), new Random(options.seed() + 1));
    if (!model.sex.has(SynthesisModel.ALL)) {
      throw new MedmineUserException(
          "The fitted half has "
              + train.size()
              + " patients, too few to keep any count of "
              + options.minCount()
              + " or more: synthesize from a larger warehouse.");
    }
    int n = options.patients() > 0 ? options.patients() : train.size();
    List<PatientSampler.Drawn> drawn =
        new PatientSampler(model, real.endOfData())
            .sample(n, "syn-p", new Random(options.seed() + 2));
    List<PatientRecord> synthetic = drawn.stream().map(PatientSampler.Drawn::record).toList();
    Map<String, Object> manifest = manifest(context, options, real);
    Map<String, Long> rows =
        SyntheticWarehouse.write(
            options.out(),
            drawn,
            real.vocabulary(),
            context.settings(),
            manifest,
            options.seed() + 3);
    context.noteOther(
        options.out(),
        rows,
        "created-by-synthesize",
        "patients=" + n + " seed=" + options.seed() + " epsilon=" + options.epsilon());
    return new SynthesisResult(
        options.out().toString(),
        new SynthesisResult.Split(real.patients().size(), train.size(), holdout.size(), n),
        rows,
        PrivacyBudget.of(model, options.epsilon(), options.minCount()),
        Fidelity.of(train, synthetic, endYear),
        Privacy.of(train, holdout, synthetic),
        TrainOnSynthetic.of(train, holdout, synthetic, real.vocabulary(), endYear),
        context.provenance(name(), options, options.seed()));
  }

  /** What the synthetic warehouse records of its making ({@code deid_run}'s manifest). */
  private static Map<String, Object> manifest(
      AnalysisContext context, SynthesisOptions options, RealRecords real) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("runId", "synthesis-" + options.seed());
    manifest.put("method", "synthesis");
    manifest.put("learnedFrom", context.warehouse().getFileName().toString());
    manifest.put("asOf", real.endOfData().toString());
    manifest.put("seed", options.seed());
    manifest.put("epsilon", options.epsilon());
    manifest.put("minCount", options.minCount());
    return manifest;
  }
}
