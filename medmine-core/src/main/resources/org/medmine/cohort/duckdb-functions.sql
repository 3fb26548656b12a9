-- medmine's named SQL functions, DuckDB's definitions (org.medmine.cohort.EngineFunctions installs them as TEMP
-- macros in every analysis session). Apps call these names where DuckDB and Spark SQL spell a thing differently;
-- the Spark engine defines the same names with the same meaning. One statement per line group, ';' at the end.

-- Whole days from a to b (b - a), on the dates of two dates or timestamps.
CREATE OR REPLACE TEMP MACRO mm_days_between(a, b) AS date_diff('day', CAST(a AS DATE), CAST(b AS DATE));

-- The date n days after d (d a date or timestamp; n may be negative).
CREATE OR REPLACE TEMP MACRO mm_add_days(d, n) AS CAST(CAST(d AS DATE) + CAST(n AS INTEGER) AS DATE);

-- Hours from a to b, with fractions (timestamps).
CREATE OR REPLACE TEMP MACRO mm_hours_between(a, b) AS (epoch(CAST(b AS TIMESTAMP)) - epoch(CAST(a AS TIMESTAMP))) / 3600.0;

-- Age in completed years at date d of someone born on b: the one definition of a patient's age (cohort.Age).
CREATE OR REPLACE TEMP MACRO mm_age_years(b, d) AS
  CAST(year(CAST(d AS DATE)) - year(CAST(b AS DATE))
    - CASE WHEN month(CAST(d AS DATE)) < month(CAST(b AS DATE))
             OR (month(CAST(d AS DATE)) = month(CAST(b AS DATE)) AND day(CAST(d AS DATE)) < day(CAST(b AS DATE)))
           THEN 1 ELSE 0 END AS INTEGER);
