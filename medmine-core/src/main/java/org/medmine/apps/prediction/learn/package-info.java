/**
 * {@code medmine learn}: a prediction model on any table (CSV, TSV, Parquet) read through DuckDB,
 * with inferred column types, recognised missing-value tokens, encodings fitted on training rows
 * only (one-hot, frequency, ICD roll-ups, target encoding cross-fitted inside folds), a split that
 * keeps a group's rows together, and the study's model card ({@link
 * org.medmine.apps.prediction.ModelCard}); and the scoring of a table with the saved model. It sits
 * inside the prediction app because it is the same app on another input: it reuses the card, the
 * metrics, the SHAP summary and the tuning grid rather than writing them again.
 */
package org.medmine.apps.prediction.learn;
