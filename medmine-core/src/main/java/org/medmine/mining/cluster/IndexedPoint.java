package org.medmine.mining.cluster;

import org.apache.commons.math3.ml.clustering.Clusterable;

/**
 * A row of the feature matrix that remembers its index, so Commons Math's clusters map back to
 * labels.
 */
record IndexedPoint(int index, double[] getPoint) implements Clusterable {}
