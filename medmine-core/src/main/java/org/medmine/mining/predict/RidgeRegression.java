package org.medmine.mining.predict;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Linear least squares with an L2 penalty {@code lambda · ||β||²} on standardized, mean-imputed
 * features (the intercept is the training mean of y and is not penalized); closed form {@code (ZᵀZ
 * + λI)β = Zᵀ(y - ȳ)} (Hoerl and Kennard, Technometrics 1970).
 */
public record RidgeRegression(Imputer imputer, double intercept, double[] beta) {
  public static RidgeRegression fit(double[][] x, double[] y, double lambda) {
    Imputer imp = Imputer.fit(x);
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    double[][] a = new double[p][p];
    double[] b = new double[p];
    for (int i = 0; i < n; i++) {
      double[] z = imp.standardize(x[i]);
      for (int j = 0; j < p; j++) {
        b[j] += z[j] * (y[i] - mean);
        for (int k = j; k < p; k++) {
          a[j][k] += z[j] * z[k];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < j; k++) {
        a[j][k] = a[k][j];
      }
      a[j][j] += Math.max(lambda, 1e-9);
    }
    RealVector beta =
        new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 1e-15)
            .getSolver()
            .solve(new ArrayRealVector(b, false));
    return new RidgeRegression(imp, mean, beta.toArray());
  }

  public double[] predict(double[][] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] z = imputer.standardize(x[i]);
      double v = intercept;
      for (int j = 0; j < beta.length; j++) {
        v += beta[j] * z[j];
      }
      out[i] = v;
    }
    return out;
  }
}
