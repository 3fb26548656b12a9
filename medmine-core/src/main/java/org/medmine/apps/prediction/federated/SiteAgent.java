package org.medmine.apps.prediction.federated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.mining.predict.Metrics;

/**
 * A site in the same process as the coordinator: it builds the study's cohort and covariates over
 * its own warehouse through an {@link AnalysisContext} (consent-filtered, audited), keeps its rows
 * to itself and answers {@link FederatedSite}'s messages from them. Each message is noted as it
 * leaves and written to the site warehouse's audit trail when the site closes ({@link
 * SiteAuditTrail}): one entry per message, with its kind, round, size and SHA-256 digest.
 */
public final class SiteAgent implements FederatedSite {
  private final String name;
  private final PairwiseMasks masks;
  private final SiteRows rows;
  private final SiteAuditTrail audit;
  private final long seed;

  private SiteAgent(String name, SiteRows rows, SiteAuditTrail audit, long seed) {
    this.name = name;
    this.masks = PairwiseMasks.generate(name);
    this.rows = rows;
    this.audit = audit;
    this.seed = seed;
  }

  /**
   * Opens site {@code name} over the warehouse of {@code request}: builds the cohort of the study
   * and every covariate of its families (the vocabulary is agreed later) and splits its patients
   * into training and held-out ones with {@code seed}.
   */
  public static SiteAgent open(
      String name,
      ContextRequest request,
      org.medmine.apps.prediction.StudyDefinition study,
      long seed) {
    SiteRows rows;
    try (AnalysisContext context = AnalysisContext.open(request)) {
      rows = SiteRows.build(context.connection(), study, seed);
    }
    Path warehouse = request.warehouse();
    return new SiteAgent(
        name, rows, new SiteAuditTrail(warehouse, name, request.actor(), request.role()), seed);
  }

  /** The site's name. */
  public String name() {
    return name;
  }

  /**
   * The site's rows, for the pooled reference of a simulation only: they never leave a real site.
   */
  SiteRows rowsForSimulation() {
    return rows;
  }

  /** The messages this site has sent (and will audit on closing, or has audited). */
  public int auditedMessages() {
    return audit.messages();
  }

  @Override
  public PairwiseMasks.Participant hello() {
    PairwiseMasks.Participant p = masks.participant();
    audit.sent("hello", "-", 1, p.publicKey().toString());
    return p;
  }

  @Override
  public List<String> vocabulary(int minCount) {
    List<String> names = rows.frequentCovariates(minCount);
    audit.sent("vocabulary", "-", names.size(), String.join("\n", names));
    return names;
  }

  @Override
  public SiteFigures agree(List<String> vocabulary) {
    rows.align(vocabulary);
    SiteFigures figures = rows.figures(name);
    audit.sent("figures", "-", 5, figures.toString());
    return figures;
  }

  @Override
  public long[] moments(Round round) {
    return masked("moments", round, LocalSums.moments(rows.train(), rows.yTrain()));
  }

  @Override
  public long[] newton(Round round, LogisticModel model) {
    return masked("newton", round, LocalSums.newton(rows.train(), rows.yTrain(), model));
  }

  @Override
  public long[] averaging(
      Round round, LogisticModel model, AveragingSettings settings, long pooledRows) {
    double[] change =
        LocalAveraging.change(rows.train(), rows.yTrain(), model, settings, pooledRows);
    DifferentialPrivacy dp = settings.privacy();
    if (dp != null) {
      change =
          LocalAveraging.clipAndNoise(
              change, dp, round.participants().size(), seed ^ (name + round.label()).hashCode());
    }
    double[] out = java.util.Arrays.copyOf(change, change.length + 1);
    out[change.length] = dp == null ? rows.train().length : 1;
    if (dp == null) {
      for (int j = 0; j < change.length; j++) {
        out[j] *= rows.train().length;
      }
    }
    return masked("averaging", round, out);
  }

  @Override
  public long[] gridCounts(Round round, double[] mean, double[] sd) {
    return masked("grid-counts", round, LocalSums.gridCounts(rows.train(), mean, sd));
  }

  @Override
  public long[] histograms(
      Round round, TreeEnsemble ensemble, HistogramTree partial, int level, Bins bins) {
    return masked(
        "histograms",
        round,
        LocalSums.histograms(rows.train(), rows.yTrain(), ensemble, partial, level, bins));
  }

  @Override
  public long[] evaluation(Round round, RiskModel model) {
    return masked("evaluation", round, PooledEvaluation.sums(rows.test(), rows.yTest(), model));
  }

  @Override
  public SiteEvaluation evaluate(String model, RiskModel risk) {
    double[] p = new double[rows.test().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = risk.risk(rows.test()[i]);
    }
    int[] y = rows.yTest();
    long outcomes = java.util.stream.IntStream.of(y).sum();
    boolean shown =
        outcomes >= SiteFigures.SMALL_CELL && y.length - outcomes >= SiteFigures.SMALL_CELL;
    Double auroc = shown ? Metrics.auroc(p, y).auc() : null;
    List<double[]> calibration = new ArrayList<>();
    for (double[] tenth :
        PooledEvaluation.figures(PooledEvaluation.sums(rows.test(), y, risk)).calibration()) {
      if (tenth[1] >= SiteFigures.SMALL_CELL) {
        calibration.add(tenth);
      }
    }
    SiteEvaluation e = new SiteEvaluation(name, model, auroc, calibration);
    audit.sent("site-evaluation", model, y.length, e.toString());
    return e;
  }

  private long[] masked(String kind, Round round, double[] sums) {
    long[] out = masks.mask(FixedPoint.encode(sums), round.label(), round.participants());
    audit.sent(kind, round.label(), rows.train().length, java.util.Arrays.toString(out));
    return out;
  }

  @Override
  public void close() {
    audit.write();
  }
}
