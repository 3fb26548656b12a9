/**
 * Public-health surveillance, the {@code surveil} app ({@link org.medmine.apps.surveillance.SurveilApp}): syndrome
 * counts from the warehouse by region and age band, with population denominators, or an external series, judged by
 * the outbreak detectors of {@code org.medmine.mining.timeseries}; its result renders itself as rows, text and a
 * chart per region.
 */
package org.medmine.apps.surveillance;
