/**
 * HL7 v2 (versions 2.3 to 2.8) into the warehouse: files of messages and a live MLLP listener. A
 * message is decoded in the character set its MSH-18 names, split into segments and fields by a
 * light ER7 reader (checked against HAPI HL7v2's, which was too slow for the hot path; HAPI gives
 * the acknowledgment and error code tables), mapped following HL7's V2-to-FHIR implementation guide
 * into the tables FHIR ingest fills, and applied in order: ADT events change the encounter and its
 * location history, A40 merges patients, ORU^R01 brings observations and VXU^V04 immunizations.
 * Every message is acknowledged (AA, AE with an ERR segment, AR) and logged by its control id
 * (MSH-10), so that none is applied twice.
 *
 * <p>This package depends on {@code warehouse} and {@code model} only; the ingest orchestrator and
 * the command line call into it.
 */
package org.medmine.ingest.hl7v2;
