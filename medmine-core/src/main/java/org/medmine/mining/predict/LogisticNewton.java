package org.medmine.mining.predict;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * One Newton step of {@link LogisticRegression}'s penalized fit, on training rows held sparsely:
 * each row's non-zero filled-in values {@code f}, with the training means {@code m} and standard
 * deviations {@code s}, so that the standardized value is {@code z = (f - m) / s} without ever
 * being stored. Sums over rows run over the non-zeros and are centred and scaled afterwards: {@code
 * sum_i a_i z_ij = (sum_i a_i f_ij - m_j sum_i a_i) / s_j}.
 *
 * <p>The step solves {@code H d = g}, where {@code g} is the gradient of the penalized
 * log-likelihood and {@code H = Z'VZ + lambda I} (intercept unpenalized; {@code Z} with a leading
 * column of ones, {@code V} the Bernoulli variances). {@link #denseStep} builds {@code H} (cost:
 * the square of a row's non-zeros per row, then an LU of size p+1); {@link #conjugateGradientStep}
 * never builds it, solving by conjugate gradients with Jacobi preconditioning on products {@code
 * Hd} (two passes over the non-zeros each), as scikit-learn's {@code newton-cg} solver does.
 */
final class LogisticNewton {
  private static final double JITTER =
      1e-9; // keeps a constant column (coefficient 0) and a separable intercept solvable
  private static final double CG_TOLERANCE = 1e-12;

  private final int[][] col;
  private final double[][] val;
  private final int[] y;
  private final double[] m;
  private final double[] sd;
  private final double lambda;
  private final int p;

  LogisticNewton(int[][] col, double[][] val, int[] y, double[] m, double[] sd, double lambda) {
    this.col = col;
    this.val = val;
    this.y = y;
    this.m = m;
    this.sd = sd;
    this.lambda = lambda;
    this.p = m.length;
  }

  /**
   * {@code Zd} for {@code d} on the standardized scale (intercept first): each row's value computed
   * from its non-zeros, as {@code c + sum_t (d_j / s_j) f_t} with {@code c = d_0 - sum_j m_j d_j /
   * s_j}.
   */
  private double[] times(double[] d) {
    double[] e = new double[p]; // the coefficients on the unscaled, filled-in values
    double c = d[0];
    for (int j = 0; j < p; j++) {
      e[j] = d[j + 1] / sd[j];
      c -= e[j] * m[j];
    }
    double[] out = new double[col.length];
    for (int i = 0; i < col.length; i++) {
      double z = c;
      for (int t = 0; t < col[i].length; t++) {
        z += e[col[i][t]] * val[i][t];
      }
      out[i] = z;
    }
    return out;
  }

  /**
   * The rows' Bernoulli variances and residuals at {@code w} (intercept, then per-SD coefficients).
   */
  private double[][] varianceAndResidual(double[] w) {
    double[] eta = times(w);
    double[] v = new double[eta.length];
    double[] r = new double[eta.length];
    for (int i = 0; i < eta.length; i++) {
      double mu = LogisticRegression.sigmoid(eta[i]);
      r[i] = y[i] - mu;
      v[i] = Math.max(mu * (1 - mu), 1e-10);
    }
    return new double[][] {v, r};
  }

  /** {@code Z'a} for a vector over the rows, with the intercept's entry first. */
  private double[] transposeTimes(double[] a) {
    double a0 = 0;
    double[] s1 = new double[p];
    for (int i = 0; i < col.length; i++) {
      a0 += a[i];
      for (int t = 0; t < col[i].length; t++) {
        s1[col[i][t]] += a[i] * val[i][t];
      }
    }
    double[] out = new double[p + 1];
    out[0] = a0;
    for (int j = 0; j < p; j++) {
      out[j + 1] = (s1[j] - m[j] * a0) / sd[j];
    }
    return out;
  }

  private double[] gradient(double[] w, double[] r) {
    double[] g = transposeTimes(r);
    for (int j = 1; j <= p; j++) {
      g[j] -= lambda * w[j];
    }
    return g;
  }

  double[] conjugateGradientStep(double[] w) {
    double[][] vr = varianceAndResidual(w);
    double[] v = vr[0];
    double[] g = gradient(w, vr[1]);
    double[] diag = hessianDiagonal(v);
    double[] x = new double[p + 1];
    double[] res = g.clone();
    double[] z = new double[p + 1];
    for (int j = 0; j <= p; j++) {
      z[j] = res[j] / diag[j];
    }
    double[] dir = z.clone();
    double rz = dot(res, z);
    double stop = CG_TOLERANCE * Math.sqrt(dot(g, g));
    for (int k = 0; k < 2 * (p + 1) + 10 && Math.sqrt(dot(res, res)) > stop; k++) {
      double[] hd = hessianTimes(v, dir);
      double alpha = rz / dot(dir, hd);
      for (int j = 0; j <= p; j++) {
        x[j] += alpha * dir[j];
        res[j] -= alpha * hd[j];
        z[j] = res[j] / diag[j];
      }
      double rzNext = dot(res, z);
      double beta = rzNext / rz;
      rz = rzNext;
      for (int j = 0; j <= p; j++) {
        dir[j] = z[j] + beta * dir[j];
      }
    }
    return x;
  }

  private double[] hessianTimes(double[] v, double[] d) {
    double[] a = times(d);
    for (int i = 0; i < a.length; i++) {
      a[i] *= v[i];
    }
    double[] out = transposeTimes(a);
    out[0] += JITTER * d[0];
    for (int j = 1; j <= p; j++) {
      out[j] += (lambda + JITTER) * d[j];
    }
    return out;
  }

  private double[] hessianDiagonal(double[] v) {
    double s0 = 0;
    double[] s1 = new double[p];
    double[] s2 = new double[p];
    for (int i = 0; i < col.length; i++) {
      s0 += v[i];
      for (int t = 0; t < col[i].length; t++) {
        double f = val[i][t];
        s1[col[i][t]] += v[i] * f;
        s2[col[i][t]] += v[i] * f * f;
      }
    }
    double[] diag = new double[p + 1];
    diag[0] = s0 + JITTER;
    for (int j = 0; j < p; j++) {
      diag[j + 1] =
          (s2[j] - 2 * m[j] * s1[j] + m[j] * m[j] * s0) / (sd[j] * sd[j]) + lambda + JITTER;
    }
    return diag;
  }

  double[] denseStep(double[] w) {
    double[][] vr = varianceAndResidual(w);
    double[] v = vr[0];
    double[] grad = gradient(w, vr[1]);
    double s0 = 0;
    double[] s1 = new double[p];
    double[][] s2 = new double[p][p];
    for (int i = 0; i < col.length; i++) {
      int[] ci = col[i];
      double[] vi = val[i];
      s0 += v[i];
      for (int t = 0; t < ci.length; t++) {
        int j = ci[t];
        double vx = v[i] * vi[t];
        s1[j] += vx;
        double[] row = s2[j];
        for (int t2 = t; t2 < ci.length; t2++) {
          row[ci[t2]] += vx * vi[t2];
        }
      }
    }
    double[][] hess = new double[p + 1][p + 1];
    hess[0][0] = s0;
    for (int j = 0; j < p; j++) {
      hess[0][j + 1] = (s1[j] - m[j] * s0) / sd[j];
      for (int k = j; k < p; k++) {
        hess[j + 1][k + 1] =
            (s2[j][k] - m[j] * s1[k] - m[k] * s1[j] + m[j] * m[k] * s0) / (sd[j] * sd[k]);
      }
    }
    for (int j = 0; j <= p; j++) {
      for (int k = 0; k < j; k++) {
        hess[j][k] = hess[k][j];
      }
      hess[j][j] += (j == 0 ? 0 : lambda) + JITTER;
    }
    return new LUDecomposition(new Array2DRowRealMatrix(hess, false))
        .getSolver()
        .solve(new ArrayRealVector(grad, false))
        .toArray();
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }
}
