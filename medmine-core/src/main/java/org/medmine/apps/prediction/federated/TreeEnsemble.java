package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * Boosted trees for a binary outcome (logistic loss), grown by the coordinator from the sites'
 * gradient and Hessian histograms: the risk of a row is the sigmoid of the base margin plus the
 * weights of the leaves it reaches.
 *
 * @param baseMargin the log-odds every row starts from (that of the pooled outcome rate)
 * @param trees the trees, in the order they were grown
 */
public record TreeEnsemble(double baseMargin, List<HistogramTree> trees) implements RiskModel {
  public TreeEnsemble {
    trees = List.copyOf(trees);
  }

  /** The log-odds of one row. */
  public double margin(double[] row) {
    double m = baseMargin;
    for (HistogramTree t : trees) {
      m += t.weight(row);
    }
    return m;
  }

  /** The predicted risk of one row. */
  @Override
  public double risk(double[] row) {
    return LogisticModel.sigmoid(margin(row));
  }
}
