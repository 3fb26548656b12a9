package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * A site that behaves until the masked exchange {@code failAt}, where it either drops out (throws,
 * as a lost connection would) or sends an update of the wrong length.
 */
final class FaultySite implements FederatedSite {
  enum Fault {
    DROP_OUT,
    MALFORMED
  }

  private final FederatedSite site;
  private final String failAt;
  private final Fault fault;

  FaultySite(FederatedSite site, String failAt, Fault fault) {
    this.site = site;
    this.failAt = failAt;
    this.fault = fault;
  }

  private long[] answer(Round round, java.util.function.Supplier<long[]> reply) {
    if (!round.label().equals(failAt)) {
      return reply.get();
    }
    if (fault == Fault.DROP_OUT) {
      throw new IllegalStateException("connection reset in " + failAt);
    }
    long[] r = reply.get();
    return java.util.Arrays.copyOf(r, r.length - 1);
  }

  @Override
  public PairwiseMasks.Participant hello() {
    return site.hello();
  }

  @Override
  public List<String> vocabulary(int minCount) {
    return site.vocabulary(minCount);
  }

  @Override
  public SiteFigures agree(List<String> vocabulary) {
    return site.agree(vocabulary);
  }

  @Override
  public long[] moments(Round round) {
    return answer(round, () -> site.moments(round));
  }

  @Override
  public long[] newton(Round round, LogisticModel model) {
    return answer(round, () -> site.newton(round, model));
  }

  @Override
  public long[] averaging(Round round, LogisticModel m, AveragingSettings s, long pooledRows) {
    return answer(round, () -> site.averaging(round, m, s, pooledRows));
  }

  @Override
  public long[] gridCounts(Round round, double[] mean, double[] sd) {
    return answer(round, () -> site.gridCounts(round, mean, sd));
  }

  @Override
  public long[] histograms(
      Round round, TreeEnsemble ensemble, HistogramTree partial, int level, Bins bins) {
    return answer(round, () -> site.histograms(round, ensemble, partial, level, bins));
  }

  @Override
  public long[] evaluation(Round round, RiskModel model) {
    return answer(round, () -> site.evaluation(round, model));
  }

  @Override
  public SiteEvaluation evaluate(String name, RiskModel model) {
    return site.evaluate(name, model);
  }

  @Override
  public void close() {}
}
