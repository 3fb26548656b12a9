package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * The messages a site answers, the whole of what leaves it: its public key, the covariates frequent
 * enough to name, counts with small cells suppressed, evaluations of models on its held-out rows,
 * and masked sums ({@link PairwiseMasks}) that mean something only added to those of the round's
 * other sites. No message carries an identifier or a value of one row. A site records every message
 * it sends in its own audit trail.
 */
public interface FederatedSite extends AutoCloseable {
  /** The site's name and X25519 public key. */
  PairwiseMasks.Participant hello();

  /** The covariates at least {@code minCount} of its index events have (non-zero, non-missing). */
  List<String> vocabulary(int minCount);

  /** Takes the agreed covariates, in their order, and answers with its suppressed counts. */
  SiteFigures agree(List<String> vocabulary);

  /** Masked {@link LocalSums#moments} of its training rows. */
  long[] moments(Round round);

  /**
   * Masked gradient and Hessian of its training rows at {@code model} ({@link LocalSums#newton}).
   */
  long[] newton(Round round, LogisticModel model);

  /**
   * Masked change of {@code model} after local gradient steps ({@link AveragingSettings}), then its
   * weight; {@code pooledRows} scales its penalty.
   */
  long[] averaging(Round round, LogisticModel model, AveragingSettings settings, long pooledRows);

  /** Masked counts of its training values on the quantile sketch's grid. */
  long[] gridCounts(Round round, double[] mean, double[] sd);

  /** Masked gradient and Hessian histograms of the nodes at {@code level} of {@code partial}. */
  long[] histograms(
      Round round, TreeEnsemble ensemble, HistogramTree partial, int level, Bins bins);

  /** Masked risk histograms of its held-out rows under {@code model} ({@link PooledEvaluation}). */
  long[] evaluation(Round round, RiskModel model);

  /** Its own evaluation of {@code model} on its held-out rows, small cells suppressed. */
  SiteEvaluation evaluate(String name, RiskModel model);

  /** Ends the site's part; an in-process site writes its audit entries. */
  @Override
  void close();
}
