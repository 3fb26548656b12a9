package org.medmine.apps.prediction.federated;

/** A trained model as the sites apply it to their own rows: a risk per row. */
public sealed interface RiskModel permits LogisticModel, TreeEnsemble {
  /** The predicted risk of one row (covariates in the agreed vocabulary's order). */
  double risk(double[] row);
}
