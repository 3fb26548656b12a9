/**
 * {@code pgx}: a sample's VCF (and an outside CYP2D6 call) to diplotypes, CPIC phenotypes and the
 * CPIC recommendation for each affected drug, stored as genotype and phenotype observations of a
 * patient when one is named. The genomics itself is upstream, in {@link
 * org.medmine.ingest.genomics}, so decision support can share it (docs/pgx.md).
 */
package org.medmine.apps.pgx;
