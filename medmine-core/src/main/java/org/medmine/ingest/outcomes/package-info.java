/**
 * Patient-reported outcome instruments (PHQ-9, GAD-7) and their scoring rules, as the instruments'
 * authors publish them: item scores, totals, prorating of missing items and severity bands. Pure
 * Java with no warehouse types, so that the FHIR mapper and any other reader score alike.
 */
package org.medmine.ingest.outcomes;
