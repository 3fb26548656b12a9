/** Synthea's CSV export, read into the same tables as its FHIR export of the same people. */
package org.medmine.ingest.synthea;
