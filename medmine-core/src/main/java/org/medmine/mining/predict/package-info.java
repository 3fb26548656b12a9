/**
 * Supervised prediction over plain arrays: L2-regularized logistic regression, a CART decision tree
 * printed as rules, gradient-boosted trees (XGBoost4J) with SHAP contributions; grouped
 * cross-validation; evaluation (AUROC with DeLong's confidence interval, AUPRC, Brier score,
 * calibration) and fairness per group. No SQL.
 */
package org.medmine.mining.predict;
