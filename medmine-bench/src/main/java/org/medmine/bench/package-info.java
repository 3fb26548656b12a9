/**
 * Ingest benchmarks against named peers (HAPI FHIR's R4 parser, Jackson's token stream, FastCSV).
 * Each leg runs in its own JVM ({@link org.medmine.bench.BenchLeg}) so that its heap and RSS are
 * its own; {@link org.medmine.bench.BenchReport} puts the legs side by side. Driven by {@code
 * bench/ingest.sh}; never run by the test suite.
 */
package org.medmine.bench;
