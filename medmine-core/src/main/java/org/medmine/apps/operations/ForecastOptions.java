package org.medmine.apps.operations;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.model.MedmineUserException;

/**
 * What {@link ForecastApp} forecasts: daily admissions and midnight census from the warehouse up to
 * {@code until} (null: the end of the data), or a daily series file; how far ahead, with what
 * interval, backtested from how many origins; and the nurse ratio of the staffing view.
 *
 * @param series a daily CSV series (date, count), or null for the warehouse
 * @param census whether the series file is a census (patients in beds), which adds the staffing
 *     view
 * @param horizon days ahead, 1 to 28
 * @param level the prediction interval's nominal coverage, between 0 and 1
 * @param origins backtest origins a week apart (as many again calibrate the intervals)
 * @param until the last day of history, or null for the end of the data
 * @param patientsPerNurse the nurse ratio of the staffing view
 * @param source where the warehouse's daily series come from: the encounters' start and end times,
 *     or the census's stays ({@link CensusApp}: arrivals of inpatient and emergency encounters and
 *     the midnight census, from HL7 v2 ADT)
 */
public record ForecastOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path series,
    boolean census,
    int horizon,
    double level,
    int origins,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate until,
    double patientsPerNurse,
    Source source) {
  /** Where a warehouse forecast reads its daily series. */
  public enum Source {
    /** Inpatient encounters' start and end times ({@link HospitalFlow}). */
    ENCOUNTERS,
    /** The census's stays ({@link CensusApp}, {@code encounter_location} from HL7 v2 ADT). */
    CENSUS;

    /** The source a front end names ({@code encounters}, {@code census}); else a user error. */
    public static Source parse(String name) {
      for (Source s : values()) {
        if (s.toString().equals(name)) {
          return s;
        }
      }
      throw new MedmineUserException("--source must be encounters or census, not '" + name + "'.");
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The warehouse forecast of {@code medmine forecast} without options (and of the demo). */
  public static final ForecastOptions DEFAULTS =
      new ForecastOptions(
          null, false, 28, 0.8, RollingOriginBacktest.STANDARD_ORIGINS, null, 4, Source.ENCOUNTERS);

  /** Backtest origins by default, as text for a front end's option. */
  public static final String DEFAULT_ORIGINS = "" + RollingOriginBacktest.STANDARD_ORIGINS;

  /**
   * Refuses a horizon outside 1-28 days, a level outside (0, 1) and the census source with a series
   * file, as user errors.
   */
  public ForecastOptions {
    source = source == null ? Source.ENCOUNTERS : source;
    if (series != null && source == Source.CENSUS) {
      throw new MedmineUserException(
          "--source census reads the warehouse's census: drop --series, or drop --source.");
    }
    if (horizon < 1 || horizon > 28) {
      throw new MedmineUserException(
          "--horizon must be between 1 and 28 days, not " + horizon + ".");
    }
    if (level <= 0 || level >= 1) {
      throw new MedmineUserException(
          "--level must be between 0 and 1 (e.g. 0.8), not " + level + ".");
    }
  }

  /**
   * The backtest: this horizon, origins a week apart, as many to calibrate as to score, this level.
   */
  public RollingOriginBacktest.Options backtest() {
    return new RollingOriginBacktest.Options(horizon, 7, origins, origins, level);
  }
}
