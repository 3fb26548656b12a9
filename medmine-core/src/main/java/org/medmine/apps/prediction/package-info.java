/**
 * Patient-level prediction studies (after OHDSI's PatientLevelPrediction): a study definition
 * (target cohort, outcome, time at risk, covariates) is turned into a cohort and a feature matrix
 * by SQL over the warehouse, then handed to the models and evaluation of {@code
 * org.medmine.mining.predict}. The apps: {@link org.medmine.apps.prediction.StudyApp} ({@code study
 * run}: a classification or length-of-stay study, its model card, saved model and report section)
 * and {@link org.medmine.apps.prediction.PredictApp} ({@code predict}).
 */
package org.medmine.apps.prediction;
