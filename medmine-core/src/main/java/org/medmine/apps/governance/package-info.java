/**
 * The governance commands that are not analyses: loading consent ({@link
 * org.medmine.apps.governance.ConsentLoad}), exporting a whole warehouse to the Parquet interchange
 * layout ({@link org.medmine.apps.governance.ParquetExport}) or to and from the OMOP CDM 5.4
 * ({@link org.medmine.apps.governance.OmopExport}, {@link org.medmine.apps.governance.OmopImport})
 * and checking the audit log's chain ({@link org.medmine.apps.governance.AuditCheck}). Each reads
 * or writes the warehouse file whole (consent and the audit log are not patient data to filter; an
 * export is a copy), inside an analysis context that records what it did in the warehouse's audit
 * log, one entry per command, as the rest of medmine does (shared/DESIGN.md, "Security model").
 */
package org.medmine.apps.governance;
