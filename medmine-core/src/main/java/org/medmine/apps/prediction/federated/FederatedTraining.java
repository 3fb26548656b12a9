package org.medmine.apps.prediction.federated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.medmine.model.MedmineUserException;

/**
 * The whole protocol over a set of sites: greet, agree the vocabulary (the union of each site's
 * covariates that at least {@code max(minCount, 11)} of its index events have), collect suppressed
 * counts, sum the moments, fit the logistic regression by federated Newton and by federated
 * averaging, agree the bins and grow the boosted trees, then evaluate each model over the pooled
 * held-out rows (summed histograms) and at every site (its own figures, small cells suppressed).
 */
public final class FederatedTraining {
  /** One model's evaluation: pooled from summed histograms, and each site's own. */
  public record Evaluation(
      String model, PooledEvaluation.Figures pooled, List<SiteEvaluation> sites) {}

  /**
   * What training produced.
   *
   * @param vocabulary the agreed covariates
   * @param figures each site's suppressed counts
   * @param newton the federated Newton fit
   * @param averaging the federated-averaging model
   * @param trees the boosted trees
   * @param evaluations per model
   * @param exclusions the sites excluded, with their reasons
   * @param transcript every reply the coordinator received
   */
  public record Outcome(
      List<String> vocabulary,
      List<SiteFigures> figures,
      FederatedNewton.Fit newton,
      LogisticModel averaging,
      TreeEnsemble trees,
      List<Evaluation> evaluations,
      List<Coordinator.Exclusion> exclusions,
      List<Coordinator.Message> transcript) {}

  /**
   * Settings.
   *
   * @param minCount the least index events of a site that name a covariate (at least 11 is used)
   * @param averaging the federated-averaging settings
   * @param boosting the boosted-trees settings
   */
  public record Settings(int minCount, AveragingSettings averaging, BoostingSettings boosting) {}

  private FederatedTraining() {}

  public static Outcome run(
      List<? extends FederatedSite> sites, Settings settings, Consumer<String> log) {
    Coordinator co = new Coordinator(sites, log);
    int threshold = Math.max(settings.minCount(), SiteFigures.SMALL_CELL);
    TreeSet<String> union = new TreeSet<>();
    co.ask("vocabulary", s -> s.vocabulary(threshold)).values().forEach(union::addAll);
    List<String> vocabulary = List.copyOf(union);
    Map<String, SiteFigures> figures = co.ask("agree", s -> s.agree(vocabulary));
    int p = vocabulary.size();
    PooledMoments m =
        PooledMoments.of(co.maskedSum("moments", 2 + 3 * p, (s, r) -> s.moments(r)), p);
    if (m.outcomes() < 2 || m.outcomes() > m.rows() - 2) {
      throw new MedmineUserException(
          "The sites' training rows hold "
              + m.outcomes()
              + " outcomes among "
              + m.rows()
              + " index events: federated training needs at least two of each, so choose a study"
              + " with more outcomes or a larger warehouse.");
    }
    FederatedNewton.Fit newton = FederatedNewton.fit(co, m);
    LogisticModel averaging = FederatedAveraging.fit(co, m, settings.averaging());
    Bins bins = FederatedBoosting.agreeBins(co, m, settings.boosting().maxBins());
    TreeEnsemble trees = FederatedBoosting.fit(co, m, bins, settings.boosting());
    List<Evaluation> evaluations = new ArrayList<>();
    evaluations.add(evaluate(co, "logistic regression (federated Newton)", newton.model()));
    evaluations.add(evaluate(co, "logistic regression (federated averaging)", averaging));
    evaluations.add(evaluate(co, "boosted trees (federated histograms)", trees));
    return new Outcome(
        vocabulary,
        co.activeSites().stream().filter(figures::containsKey).map(figures::get).toList(),
        newton,
        averaging,
        trees,
        evaluations,
        co.exclusions(),
        co.transcript());
  }

  private static Evaluation evaluate(Coordinator co, String name, RiskModel model) {
    double[] sums =
        co.maskedSum(
            "evaluation-" + name.replace(' ', '_'),
            PooledEvaluation.LENGTH,
            (s, r) -> s.evaluation(r, model));
    List<SiteEvaluation> own =
        List.copyOf(co.ask("evaluate", s -> s.evaluate(name, model)).values());
    return new Evaluation(name, PooledEvaluation.figures(sums), own);
  }
}
