/**
 * How an ingest run reports its progress: the {@link org.medmine.ingest.progress.IngestListener} a
 * front end gives (a progress bar, nothing) and the byte counting the readers report through. The
 * readers ({@code ingest.fhir}, {@code ingest.synthea}) and the run that drives them ({@link
 * org.medmine.ingest.Ingestor}) both depend on this package, never on each other's, so the packages
 * form no cycle.
 */
package org.medmine.ingest.progress;
