package org.medmine.mining.predict;

/**
 * A fitted binary classifier: the predicted probability of the positive class per row (NaN =
 * missing).
 */
public interface Classifier {
  double[] predict(double[][] x);
}
