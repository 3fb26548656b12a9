/**
 * Patient-level prediction studies (after OHDSI's PatientLevelPrediction): a study definition (target cohort,
 * outcome, time at risk, covariates) is turned into a cohort and a feature matrix by SQL over the warehouse,
 * then handed to the models and evaluation of {@code org.medmine.mining.predict}.
 */
package org.medmine.apps.prediction;
