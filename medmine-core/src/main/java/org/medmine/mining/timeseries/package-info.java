/**
 * Counts over time: outbreak detectors (EARS C1/C2/C3, CUSUM, Farrington flexible after Noufaily et al.
 * 2013), forecasters with rolling-origin backtests, and statistical process control charts. Everything here
 * works on plain arrays and {@link org.medmine.mining.timeseries.CountSeries}; it knows no SQL and no engine.
 */
package org.medmine.mining.timeseries;
