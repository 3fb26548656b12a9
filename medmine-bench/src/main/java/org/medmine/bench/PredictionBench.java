package org.medmine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.apps.prediction.FeatureExtractor;
import org.medmine.apps.prediction.IndexEvent;
import org.medmine.apps.prediction.ModelCard;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.Provenance;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.StudyResult;
import org.medmine.apps.prediction.StudyRunner;
import org.medmine.cohort.EngineFunctions;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.LogisticRegression;
import org.medmine.mining.predict.Metrics;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/**
 * Prediction bench leg whose reference runs outside the JVM (issue 5): for each study, runs it as
 * {@code medmine study run} does, then writes the same covariate matrix with the same patient-level
 * split ({@code NAME-matrix.csv}: patient, part, outcome, then one column per covariate, empty for
 * missing; the covariate names in {@code NAME-features.txt}), the model card ({@code
 * NAME-card.json}, as {@code medmine study run} writes it) and {@code NAME-medmine.json}: the
 * hyper-parameters the study's cross-validation chose, the test AUROC of medmine's L2 logistic
 * regression and XGBoost4J boosted trees and the time of their final fit on the training part
 * (median of 5 after one untimed warm-up). {@code bench/prediction_reference.py} fits
 * scikit-learn's LogisticRegression and the Python xgboost package on the same files. Usage: {@code
 * PredictionBench WAREHOUSE OUTDIR POPULATION|- STUDY...}; with a Synthea output folder as
 * POPULATION and no WAREHOUSE file yet, its FHIR export is ingested into WAREHOUSE first (timed).
 */
public final class PredictionBench {
  private static final int REPEATS = 5;
  private static final Pattern LAMBDA = Pattern.compile("lambda = ([0-9.]+)");
  private static final Pattern XGB =
      Pattern.compile("rounds (\\d+), max depth (\\d+), eta ([0-9.]+)");

  private PredictionBench() {}

  public static void main(String[] args) throws IOException, java.sql.SQLException {
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Path file = Path.of(args[0]);
    if (!Files.exists(file) && !"-".equals(args[2])) {
      long t0 = System.nanoTime();
      try (Warehouse w = Warehouse.open(file)) {
        Ingestor.ingest(
            w,
            new IngestOptions(List.of(Path.of(args[2]).resolve("fhir")), "synthea", null),
            IngestListener.NONE);
      }
      System.out.printf(
          Locale.ROOT,
          "ingested %s into %s in %.0f s%n",
          args[2],
          file,
          (System.nanoTime() - t0) / 1e9);
    }
    try (Warehouse w = Warehouse.openExisting(file, true)) {
      EngineFunctions.installDuckDb(
          w.connection()); // the named SQL functions the apps' queries call
      for (int a = 3; a < args.length; a++) {
        StudyDefinition study = StudyDefinition.load(args[a]);
        try {
          run(w.connection(), study, out, file);
        } catch (MedmineUserException e) {
          System.out.println(study.name() + ": skipped: " + e.getMessage());
        }
      }
    }
  }

  private static void run(Connection c, StudyDefinition study, Path out, Path warehouse)
      throws IOException {
    long seed = study.model().seed();
    StudyResult r = StudyRunner.run(c, study, seed);
    Files.writeString(
        out.resolve(study.name() + "-card.json"),
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                ModelCard.json(r, Provenance.of(warehouse, study.name(), seed, 0))));
    printStudy(study, r);
    List<IndexEvent> events = r.cohort().events();
    FeatureMatrix all = FeatureExtractor.extract(c, study, events);
    Set<String> test = StudyRunner.testPatients(events, study.model().testFraction(), seed);
    writeMatrix(out.resolve(study.name() + "-matrix.csv"), events, test, all);
    Files.write(out.resolve(study.name() + "-features.txt"), all.names());
    Split split = Split.of(events, test, all);

    Refit f = Refit.timed(split, r, seed);
    if (f.lrAuc() != r.models().get(0).auroc().auc() || f.btAuc() != r.boosted().auroc().auc()) {
      throw new IllegalStateException(
          study.name()
              + ": the refit differs from the study run ("
              + f.lrAuc()
              + " vs "
              + r.models().get(0).auroc().auc()
              + ", "
              + f.btAuc()
              + " vs "
              + r.boosted().auroc().auc()
              + ")");
    }
    Map<String, Object> j = summary(study, r, split, all.names().size(), f);
    Files.writeString(
        out.resolve(study.name() + "-medmine.json"),
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(j));
    System.out.printf(
        Locale.ROOT,
        "%s: %d train rows (%d outcomes), %d test rows (%d outcomes), %d covariates; medmine LR AUROC %.4f"
            + " (%.1f ms), XGBoost4J AUROC %.4f (%.1f ms)%n",
        study.name(),
        split.train().length,
        j.get("train_outcomes"),
        split.test().length,
        j.get("test_outcomes"),
        all.names().size(),
        f.lrAuc(),
        f.lrMs(),
        f.btAuc(),
        f.btMs());
  }

  /** Prints the study's cohort and each model's test metrics, as {@code medmine study run} does. */
  private static void printStudy(StudyDefinition study, StudyResult r) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d index events of %d patients, %d outcomes; excluded %s; censored %d%n",
        study.name(),
        r.cohort().events().size(),
        r.cohort().patients(),
        r.cohort().outcomes(),
        r.cohort().excluded(),
        r.cohort().censored());
    for (ModelResult m :
        r.baseline() == null
            ? r.models()
            : java.util.stream.Stream.concat(
                    r.models().stream(), java.util.stream.Stream.of(r.baseline()))
                .toList()) {
      System.out.printf(
          Locale.ROOT,
          "  %-26s AUROC %.3f (95%% CI %.3f-%.3f)  AUPRC %.3f  Brier %.4f  [%s]%n",
          m.name(),
          m.auroc().auc(),
          m.auroc().lower(),
          m.auroc().upper(),
          m.auprc(),
          m.brier(),
          m.settings());
    }
  }

  /**
   * The covariate matrix as CSV: patient, part (train/test), outcome, then one column per covariate
   * (empty: missing).
   */
  private static void writeMatrix(
      Path file, List<IndexEvent> events, Set<String> test, FeatureMatrix all) throws IOException {
    try (PrintWriter m = new PrintWriter(Files.newBufferedWriter(file))) {
      StringBuilder header = new StringBuilder("patient,part,outcome");
      for (int j = 0; j < all.names().size(); j++) {
        header.append(",x").append(j);
      }
      m.println(header);
      for (int i = 0; i < events.size(); i++) {
        StringBuilder line =
            new StringBuilder(events.get(i).patientKey())
                .append(test.contains(events.get(i).patientKey()) ? ",test," : ",train,")
                .append(events.get(i).outcome() ? 1 : 0);
        for (double v : all.rows()[i]) {
          line.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
        }
        m.println(line);
      }
    }
  }

  /**
   * The study's patient-level split of the matrix: row indices, covariates and outcomes of each
   * part.
   */
  private record Split(
      int[] train, int[] test, double[][] xTrain, double[][] xTest, int[] yTrain, int[] yTest) {
    static Split of(List<IndexEvent> events, Set<String> testPatients, FeatureMatrix all) {
      int[] train =
          java.util.stream.IntStream.range(0, events.size())
              .filter(i -> !testPatients.contains(events.get(i).patientKey()))
              .toArray();
      int[] test =
          java.util.stream.IntStream.range(0, events.size())
              .filter(i -> testPatients.contains(events.get(i).patientKey()))
              .toArray();
      return new Split(
          train,
          test,
          all.select(train).rows(),
          all.select(test).rows(),
          java.util.stream.IntStream.of(train).map(i -> events.get(i).outcome() ? 1 : 0).toArray(),
          java.util.stream.IntStream.of(test).map(i -> events.get(i).outcome() ? 1 : 0).toArray());
    }
  }

  /**
   * medmine's final fits on the training part with the hyper-parameters the study's
   * cross-validation chose (read from its models' settings): test AUROCs and the median fit time in
   * ms of {@value #REPEATS} fits after one untimed warm-up.
   */
  private record Refit(
      double lambda,
      BoostedTrees.Params params,
      double lrAuc,
      double btAuc,
      double lrMs,
      double btMs) {
    static Refit timed(Split s, StudyResult r, long seed) {
      String lrSettings = r.models().get(0).settings();
      String btSettings = r.boosted().settings();
      double lambda = Double.parseDouble(group(LAMBDA, lrSettings, 1));
      BoostedTrees.Params p =
          new BoostedTrees.Params(
              Integer.parseInt(group(XGB, btSettings, 1)),
              Integer.parseInt(group(XGB, btSettings, 2)),
              Double.parseDouble(group(XGB, btSettings, 3)),
              1,
              seed);
      double[] lrMs = new double[REPEATS];
      double[] btMs = new double[REPEATS];
      LogisticRegression lr = null;
      BoostedTrees bt = null;
      for (int k = -1; k < REPEATS; k++) { // k = -1 warms up the JIT and XGBoost, untimed
        long t0 = System.nanoTime();
        lr = LogisticRegression.fit(s.xTrain(), s.yTrain(), lambda);
        double lrTime = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        bt = BoostedTrees.fit(s.xTrain(), s.yTrain(), p);
        if (k >= 0) {
          lrMs[k] = lrTime;
          btMs[k] = (System.nanoTime() - t0) / 1e6;
        }
      }
      return new Refit(
          lambda,
          p,
          Metrics.auroc(lr.predict(s.xTest()), s.yTest()).auc(),
          Metrics.auroc(bt.predict(s.xTest()), s.yTest()).auc(),
          median(lrMs),
          median(btMs));
    }
  }

  /** What {@code NAME-medmine.json} holds (see the class comment). */
  private static Map<String, Object> summary(
      StudyDefinition study, StudyResult r, Split s, int features, Refit f) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("study", study.name());
    j.put("train_rows", s.train().length);
    j.put("train_outcomes", java.util.stream.IntStream.of(s.yTrain()).sum());
    j.put("test_rows", s.test().length);
    j.put("test_outcomes", java.util.stream.IntStream.of(s.yTest()).sum());
    j.put("features", features);
    j.put("lambda", f.lambda());
    j.put("rounds", f.params().rounds());
    j.put("max_depth", f.params().maxDepth());
    j.put("eta", f.params().eta());
    j.put("min_child_weight", f.params().minChildWeight());
    j.put("seed", study.model().seed());
    j.put("lr_auroc", f.lrAuc());
    j.put(
        "lr_auroc_ci",
        List.of(r.models().get(0).auroc().lower(), r.models().get(0).auroc().upper()));
    j.put("xgb_auroc", f.btAuc());
    j.put("xgb_auroc_ci", List.of(r.boosted().auroc().lower(), r.boosted().auroc().upper()));
    j.put("lace_auroc", r.baseline() == null ? null : r.baseline().auroc().auc());
    j.put("lr_train_ms", f.lrMs());
    j.put("xgb_train_ms", f.btMs());
    return j;
  }

  private static String group(Pattern p, String text, int g) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + p + " in '" + text + "'");
    }
    return m.group(g);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s[s.length / 2];
  }
}
