package org.medmine.mining.predict;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees with XGBoost4J (Chen and Guestrin, KDD 2016), binary logistic objective,
 * exact single-threaded training so a seed reproduces a model; missing values stay NaN (XGBoost
 * learns their direction). {@link #contributions} gives TreeSHAP values (Lundberg et al., Nature
 * Machine Intelligence 2020).
 */
public final class BoostedTrees implements Classifier {
  /** Hyper-parameters. */
  public record Params(int rounds, int maxDepth, double eta, double minChildWeight, long seed) {}

  private final Booster booster;
  private final int features;

  private BoostedTrees(Booster booster, int features) {
    this.booster = booster;
    this.features = features;
  }

  /** Binary classification (logistic objective); {@link #predict} gives probabilities. */
  public static BoostedTrees fit(double[][] x, int[] y, Params p) {
    float[] labels = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = y[i];
    }
    return train(x, labels, "binary:logistic", p);
  }

  /** Regression (squared error); {@link #predict} gives the predicted value. */
  public static BoostedTrees fitRegression(double[][] x, double[] y, Params p) {
    float[] labels = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      labels[i] = (float) y[i];
    }
    return train(x, labels, "reg:squarederror", p);
  }

  private static BoostedTrees train(double[][] x, float[] labels, String objective, Params p) {
    try {
      DMatrix d = matrix(x);
      d.setLabel(labels);
      Map<String, Object> params = new HashMap<>();
      params.put("objective", objective);
      params.put("max_depth", p.maxDepth());
      params.put("eta", p.eta());
      params.put("min_child_weight", p.minChildWeight());
      params.put("seed", p.seed());
      params.put("nthread", 1);
      params.put("tree_method", "exact");
      params.put("verbosity", 0);
      Booster b = XGBoost.train(d, params, p.rounds(), new HashMap<>(), null, null);
      d.dispose();
      return new BoostedTrees(b, x.length == 0 ? 0 : x[0].length);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not train: " + e.getMessage(), e);
    }
  }

  /** A model saved with {@link #toBytes}. */
  public static BoostedTrees load(byte[] model, int features) {
    try {
      return new BoostedTrees(XGBoost.loadModel(new ByteArrayInputStream(model)), features);
    } catch (XGBoostError | IOException e) {
      throw new IllegalStateException(
          "the boosted-trees model cannot be read: " + e.getMessage(), e);
    }
  }

  public byte[] toBytes() {
    try {
      return booster.toByteArray("ubj");
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public double[] predict(double[][] x) {
    try {
      DMatrix d = matrix(x);
      float[][] p = booster.predict(d);
      d.dispose();
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = p[i][0];
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHAP values in log-odds per row: one per feature, then the bias (expected value) last. */
  public double[][] contributions(double[][] x) {
    try {
      DMatrix d = matrix(x);
      float[][] c = booster.predictContrib(d, 0);
      d.dispose();
      double[][] out = new double[c.length][];
      for (int i = 0; i < c.length; i++) {
        out[i] = new double[c[i].length];
        for (int j = 0; j < c[i].length; j++) {
          out[i][j] = c[i][j];
        }
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  public int features() {
    return features;
  }

  private static DMatrix matrix(double[][] x) throws XGBoostError {
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    float[] flat = new float[n * p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        flat[i * p + j] = (float) x[i][j];
      }
    }
    return new DMatrix(flat, n, p, Float.NaN);
  }
}
