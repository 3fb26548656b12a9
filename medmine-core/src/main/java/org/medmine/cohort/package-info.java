/**
 * The clinical building blocks every app shares, defined once, each in SQL (in the subset DuckDB
 * and Spark SQL share) and in Java, which agree: a patient's age at a date ({@link
 * org.medmine.cohort.Age}), alive at a date ({@link org.medmine.cohort.Alive}), the observation
 * period and alive and observed at a date ({@link org.medmine.cohort.ObservationPeriod}, after
 * OMOP's {@code observation_period}), code-set membership ({@link org.medmine.cohort.CodeSet}:
 * codes and prefixes of one system, validated before they reach SQL) and the region of a patient's
 * address ({@link org.medmine.cohort.Region}); and the named SQL functions ({@link
 * org.medmine.cohort.EngineFunctions}) through which apps write what DuckDB and Spark SQL spell
 * differently (date arithmetic). Depends on the model only.
 *
 * <p>For the analyses over time: the end of the data ({@link org.medmine.cohort.DataEnd}), the
 * default window of whole calendar months ({@link org.medmine.cohort.AnalysisWindow}) and what an
 * inpatient encounter is ({@link org.medmine.cohort.Inpatient}).
 */
package org.medmine.cohort;
