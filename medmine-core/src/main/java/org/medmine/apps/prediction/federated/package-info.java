/**
 * Federated learning across hospitals: site agents that build a study's cohort and covariates over
 * their own warehouse and answer only aggregate messages (vocabulary, masked sums, histograms,
 * suppressed counts), and a coordinator that trains logistic regression (federated Newton, FedAvg)
 * and histogram boosted trees from those sums alone (docs/federated.md).
 */
package org.medmine.apps.prediction.federated;
