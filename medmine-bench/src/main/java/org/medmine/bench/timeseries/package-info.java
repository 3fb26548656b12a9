/**
 * Time-series benchmarks: medmine's outbreak detectors against R's surveillance package on
 * simulated series, and forecast backtests on a Synthea population.
 */
package org.medmine.bench.timeseries;
