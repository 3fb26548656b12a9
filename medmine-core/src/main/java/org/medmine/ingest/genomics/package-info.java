/**
 * Pharmacogenomics from a VCF: a streaming reader of one sample's genotypes at the positions that
 * define star alleles ({@link org.medmine.ingest.genomics.VcfReader}), PharmCAT's allele
 * definitions ({@link org.medmine.ingest.genomics.AlleleDefinition}), the named-allele matcher that
 * turns genotypes into diplotypes ({@link org.medmine.ingest.genomics.NamedAlleleMatcher}), CPIC's
 * diplotype-to-phenotype tables ({@link org.medmine.ingest.genomics.GenePhenotypes}), CPIC's
 * recommendations encoded as data ({@link org.medmine.ingest.genomics.PgxRecommendations}) and a
 * patient's pharmacogenomic profile as the warehouse holds it ({@link
 * org.medmine.ingest.genomics.PgxProfile}). It sits upstream of the apps so that the {@code pgx}
 * app and the decision-support services share one definition (see docs/pgx.md).
 */
package org.medmine.ingest.genomics;
