/**
 * Data quality: profiling of every warehouse table, the check catalogue in the Kahn et al. (2016)
 * framework that OHDSI's Data Quality Dashboard uses (conformance, completeness, plausibility),
 * code validation by each code system's own rules, unit standardization to UCUM, and record linkage
 * of duplicate patients into a master patient index (Fellegi and Sunter 1969). Reads the warehouse
 * through SQL and writes only tables of its own ({@code observation_standard}; {@code
 * patient_link}, {@code link_review}, {@code mpi_person}, {@code link_decision}, {@code
 * link_model}).
 */
package org.medmine.quality;
