package org.medmine.apps.prediction.federated;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.medmine.apps.prediction.Cohort;
import org.medmine.apps.prediction.CohortBuilder;
import org.medmine.apps.prediction.FeatureExtractor;
import org.medmine.apps.prediction.IndexEvent;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.StudyRunner;
import org.medmine.mining.predict.FeatureMatrix;

/**
 * A site's own index events and covariates, which never leave it: every covariate of the study's
 * families however rare (the study's {@code minCount} is applied across sites when the vocabulary
 * is agreed), then, once agreed, the training and held-out rows in the vocabulary's order (a
 * covariate the site lacks is 0, or missing for a lab). Patients are split as a study splits them
 * ({@link StudyRunner#testPatients}), with the site's seed.
 */
final class SiteRows {
  private final FeatureMatrix local;
  private final List<IndexEvent> events;
  private final Set<String> heldOutPatients;
  private double[][] train;
  private double[][] test;
  private int[] yTrain;
  private int[] yTest;

  private SiteRows(FeatureMatrix local, List<IndexEvent> events, Set<String> heldOutPatients) {
    this.local = local;
    this.events = events;
    this.heldOutPatients = heldOutPatients;
  }

  static SiteRows build(Connection c, StudyDefinition study, long seed) {
    Cohort cohort = CohortBuilder.build(c, study);
    StudyDefinition.Covariates cov = study.covariates();
    StudyDefinition everyCovariate =
        new StudyDefinition(
            study.name(),
            study.description(),
            study.target(),
            study.outcome(),
            study.timeAtRisk(),
            new StudyDefinition.Covariates(cov.windowsDays(), cov.families(), cov.labs(), 1),
            study.model(),
            study.plannedAdmissions());
    FeatureMatrix local = FeatureExtractor.extract(c, everyCovariate, cohort.events());
    Set<String> heldOut =
        StudyRunner.testPatients(cohort.events(), study.model().testFraction(), seed);
    return new SiteRows(local, cohort.events(), heldOut);
  }

  /** The covariates at least {@code minCount} index events have, non-zero and non-missing. */
  List<String> frequentCovariates(int minCount) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < local.names().size(); j++) {
      int n = 0;
      for (double[] r : local.rows()) {
        n += r[j] != 0 && !Double.isNaN(r[j]) ? 1 : 0;
      }
      if (n >= minCount) {
        out.add(local.names().get(j));
      }
    }
    return out;
  }

  /** Puts the rows in the order of the agreed {@code vocabulary} and splits them. */
  void align(List<String> vocabulary) {
    Map<String, Integer> at = new HashMap<>();
    for (int j = 0; j < local.names().size(); j++) {
      at.put(local.names().get(j), j);
    }
    double[][] rows = new double[events.size()][vocabulary.size()];
    for (int i = 0; i < rows.length; i++) {
      for (int k = 0; k < vocabulary.size(); k++) {
        Integer j = at.get(vocabulary.get(k));
        rows[i][k] =
            j != null ? local.rows()[i][j] : vocabulary.get(k).startsWith("last ") ? Double.NaN : 0;
      }
    }
    int[] testIdx = rowsOf(true);
    int[] trainIdx = rowsOf(false);
    train = IntStream.of(trainIdx).mapToObj(i -> rows[i]).toArray(double[][]::new);
    test = IntStream.of(testIdx).mapToObj(i -> rows[i]).toArray(double[][]::new);
    yTrain = IntStream.of(trainIdx).map(i -> events.get(i).outcome() ? 1 : 0).toArray();
    yTest = IntStream.of(testIdx).map(i -> events.get(i).outcome() ? 1 : 0).toArray();
  }

  private int[] rowsOf(boolean heldOut) {
    return IntStream.range(0, events.size())
        .filter(i -> heldOutPatients.contains(events.get(i).patientKey()) == heldOut)
        .toArray();
  }

  /** The site's counts, small cells suppressed. */
  SiteFigures figures(String site) {
    return new SiteFigures(
        site,
        SiteFigures.suppressed(events.size()),
        SiteFigures.suppressed(events.stream().map(IndexEvent::patientKey).distinct().count()),
        SiteFigures.suppressed(events.stream().filter(IndexEvent::outcome).count()),
        SiteFigures.suppressed(test.length),
        SiteFigures.suppressed(IntStream.of(yTest).sum()));
  }

  double[][] train() {
    return train;
  }

  int[] yTrain() {
    return yTrain;
  }

  double[][] test() {
    return test;
  }

  int[] yTest() {
    return yTest;
  }
}
