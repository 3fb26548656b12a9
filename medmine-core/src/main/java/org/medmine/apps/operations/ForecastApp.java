package org.medmine.apps.operations;

import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.mining.timeseries.StaffingPlan;
import org.medmine.model.MedmineUserException;

/**
 * {@code forecast}: daily inpatient admissions and the midnight census ({@link HospitalFlow},
 * through the context's consent-filtered connection), or a daily series file, forecast 1-28 days
 * ahead by each forecaster with its rolling-origin backtest ({@link SeriesForecast}), and the
 * staffing view of the census's best forecast. With {@link ForecastOptions.Source#CENSUS} the daily
 * series come from the live census's stays ({@link CensusApp}): daily arrivals of inpatient and
 * emergency encounters and the midnight census. Hourly series are not forecast: the forecasters
 * model days with a weekly season.
 */
public final class ForecastApp implements App<ForecastOptions, ForecastResult> {
  /**
   * The name of the census source's arrivals: inpatient and emergency encounters arriving (their
   * first stay), where the encounters source counts inpatient admissions.
   */
  public static final String CENSUS_ARRIVALS = "census arrivals";

  @Override
  public String name() {
    return "forecast";
  }

  @Override
  public ForecastResult run(AnalysisContext context, ForecastOptions options) {
    RollingOriginBacktest.Options backtest = options.backtest();
    List<SeriesForecast> results = new ArrayList<>();
    for (CountSeries s : inputs(context, options)) {
      results.add(SeriesForecast.of(s, backtest));
    }
    int census = -1;
    for (int i = 0; i < results.size() && census < 0; i++) {
      census = isCensus(results.get(i), options) ? i : -1;
    }
    List<StaffingPlan.Day> staffing =
        census < 0
            ? List.of()
            : StaffingPlan.of(results.get(census).best(), options.patientsPerNurse());
    RunProvenance provenance =
        options.series() != null
            ? context.provenanceOfFile(name(), options, null, options.series())
            : context.provenance(name(), options, null);
    return new ForecastResult(
        results, census, staffing, options.patientsPerNurse(), options.level(), provenance);
  }

  /**
   * Whether {@code r} is a census (patients in beds), whose best forecast the staffing view plans
   * for.
   */
  static boolean isCensus(SeriesForecast r, ForecastOptions options) {
    return options.census() || r.series().name().equals(HospitalFlow.CENSUS);
  }

  private static List<CountSeries> inputs(AnalysisContext context, ForecastOptions options) {
    if (options.series() != null) {
      List<CountSeries> all = SeriesCsv.read(options.series());
      if (all.get(0).granularity() != Granularity.DAY) {
        throw new MedmineUserException(
            "Forecasting needs a daily series: "
                + options.series()
                + " has weeks; give a 'date' column.");
      }
      return all;
    }
    if (options.source() == ForecastOptions.Source.CENSUS) {
      HospitalFlow.Daily d = CensusApp.dailySeries(context.connection(), options.until());
      CountSeries a = d.admissions();
      return List.of(
          new CountSeries(
              CENSUS_ARRIVALS, a.region(), a.granularity(), a.start(), a.counts(), null),
          d.census());
    }
    HospitalFlow.Daily d = HospitalFlow.daily(context.connection(), null, options.until());
    return List.of(d.admissions(), d.census());
  }
}
