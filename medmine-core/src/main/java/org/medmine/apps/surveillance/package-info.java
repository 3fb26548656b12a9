/**
 * Public-health surveillance: syndrome counts from the warehouse by region and age band, with population
 * denominators, ready for the outbreak detectors of {@code org.medmine.mining.timeseries}.
 */
package org.medmine.apps.surveillance;
