/**
 * The clinical building blocks every app shares, defined once: a patient's age at a date ({@link
 * org.medmine.cohort.Age}), and the named SQL functions ({@link org.medmine.cohort.EngineFunctions}) through which
 * apps write what DuckDB and Spark SQL spell differently (date arithmetic). Depends on the model only.
 *
 * <p>For the analyses over time: the end of the data ({@link org.medmine.cohort.DataEnd}), the default window of
 * whole calendar months ({@link org.medmine.cohort.AnalysisWindow}) and what an inpatient encounter is ({@link
 * org.medmine.cohort.Inpatient}).
 */
package org.medmine.cohort;
