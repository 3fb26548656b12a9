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

-- The approximate q-quantile (0 <= q <= 1) of x, numbers, dates or timestamps (an aggregate; DuckDB's t-digest;
-- Spark: percentile_approx). The data-quality profile's quartiles.
CREATE OR REPLACE TEMP MACRO mm_approx_quantile(x, q) AS approx_quantile(x, q);

-- The mean of dates or timestamps x, as a timestamp (an aggregate; Spark averages the epoch seconds). The
-- data-quality profile's mean of a date column.
CREATE OR REPLACE TEMP MACRO mm_mean_time(x) AS avg(x);

-- Whether the whole of text s matches the regular expression p (RE2 syntax; Spark: s RLIKE '^(?:' || p || ')$').
-- Data-quality conformance checks (SSN, ZIP code formats).
CREATE OR REPLACE TEMP MACRO mm_full_match(s, p) AS regexp_full_match(s, p);

-- Text s with every match of the regular expression p replaced by r (DuckDB replaces the first match unless told
-- 'g'; Spark's regexp_replace replaces all). The ZIP3 quasi-identifier of re-identification risk.
CREATE OR REPLACE TEMP MACRO mm_regexp_replace_all(s, p, r) AS regexp_replace(s, p, r, 'g');

-- ISO day of the week of a date or timestamp: 1 = Monday ... 6 = Saturday, 7 = Sunday (Spark: weekday(t) + 1;
-- the engines' own dayofweek numbers differ: DuckDB counts Sunday 0, Spark Sunday 1).
CREATE OR REPLACE TEMP MACRO mm_iso_day_of_week(t) AS isodow(t);

-- Aggregate: the median of x in a group, halfway between the two middle values when their number is even
-- (Spark: median(x), percentile(x, 0.5)).
CREATE OR REPLACE TEMP MACRO mm_median(x) AS median(x);

-- Aggregate: the median absolute deviation of x in a group, median(|x - median(x)|), unscaled (Spark: the median
-- of |x - m| over a window that gives m).
CREATE OR REPLACE TEMP MACRO mm_mad(x) AS mad(x);

-- Aggregate: the text values of x in a group, sorted and joined by commas (NULLs left out; NULL when none)
-- (Spark: array_join(array_sort(collect_list(x)), ',')).
CREATE OR REPLACE TEMP MACRO mm_join_sorted(x) AS string_agg(x, ',' ORDER BY x);
