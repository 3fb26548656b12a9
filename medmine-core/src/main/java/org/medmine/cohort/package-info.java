/**
 * The clinical building blocks every app shares, defined once: a patient's age at a date ({@link
 * org.medmine.cohort.Age}), and the named SQL functions ({@link org.medmine.cohort.EngineFunctions}) through which
 * apps write what DuckDB and Spark SQL spell differently (date arithmetic). Depends on the model only.
 */
package org.medmine.cohort;
