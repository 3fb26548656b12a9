package org.medmine.apps.prediction.learn;

import java.util.Map;

/**
 * Where a table model's numbers came from: the file and its SHA-256, the seed, and the versions of
 * Java and the libraries that computed them (as a study's {@link
 * org.medmine.apps.prediction.Provenance} gives them).
 */
public record TableProvenance(
    String data, String dataSha256, long seed, Map<String, String> libraries) {}
