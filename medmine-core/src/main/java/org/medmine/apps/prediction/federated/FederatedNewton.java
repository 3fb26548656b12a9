package org.medmine.apps.prediction.federated;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Logistic regression by federated Newton-Raphson: each iteration the sites send the masked
 * gradient and Hessian of their log-likelihood at the current weights, the coordinator adds them,
 * adds the L2 penalty and takes the step. The sum of the sites' sums is the pooled sum, so the fit
 * is that of {@link org.medmine.mining.predict.LogisticRegression} on the pooled rows (same
 * penalty, standardization and jitter), up to the fixed-point rounding of the sums (so it stops at
 * a step of 1e-7 where the pooled fit stops at 1e-8); this is the distributed Newton of Wu et al.,
 * "Grid Binary LOgistic REgression (GLORE)", JAMIA 2012.
 */
public final class FederatedNewton {
  /** The L2 penalty on the standardized coefficients. */
  public static final double LAMBDA = 1.0;

  private static final double JITTER = 1e-9;
  private static final int MAX_ITER = 100;

  /**
   * A step below this ends the fit (LogisticRegression stops at 1e-8; the sums are rounded to
   * 3.7e-9).
   */
  private static final double STOP = 1e-7;

  /** The model and the Newton iterations it took. */
  public record Fit(LogisticModel model, int iterations) {}

  private FederatedNewton() {}

  public static Fit fit(Coordinator coordinator, PooledMoments moments) {
    int q = moments.mean().length + 1;
    double[] w = new double[q];
    int iter = 0;
    while (iter < MAX_ITER) {
      LogisticModel at = moments.model(w.clone());
      double[] sums =
          coordinator.maskedSum(
              "newton-" + iter, q + q * (q + 1) / 2, (site, round) -> site.newton(round, at));
      iter++;
      double[] step = step(sums, w, q);
      double change = 0;
      for (int j = 0; j < q; j++) {
        w[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < STOP) {
        break;
      }
    }
    return new Fit(moments.model(w), iter);
  }

  private static double[] step(double[] sums, double[] w, int q) {
    double[] grad = new double[q];
    double[][] hess = new double[q][q];
    int t = q;
    for (int j = 0; j < q; j++) {
      grad[j] = sums[j] - (j == 0 ? 0 : LAMBDA * w[j]);
      for (int k = j; k < q; k++) {
        hess[j][k] = sums[t++];
        hess[k][j] = hess[j][k];
      }
      hess[j][j] += (j == 0 ? 0 : LAMBDA) + JITTER;
    }
    return new LUDecomposition(new Array2DRowRealMatrix(hess, false))
        .getSolver()
        .solve(new ArrayRealVector(grad, false))
        .toArray();
  }
}
