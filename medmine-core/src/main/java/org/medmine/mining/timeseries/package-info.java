/**
 * Counts over time: outbreak detectors (EARS C1/C2/C3, CUSUM, Farrington flexible after Noufaily et
 * al. 2013, the Bayesian predictive detector, the negative-binomial GLR CUSUM, a seasonal
 * negative-binomial regression and an ensemble set at a stated specificity), their measures on
 * labelled series (sensitivity, specificity, timeliness), forecasters with rolling-origin
 * backtests, and statistical process control charts. Everything here works on plain arrays and
 * {@link org.medmine.mining.timeseries.CountSeries}; it knows no SQL and no engine.
 */
package org.medmine.mining.timeseries;
