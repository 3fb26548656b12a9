package org.medmine.apps.operations;

import java.util.ArrayList;
import java.util.List;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Forecast;
import org.medmine.mining.timeseries.Forecaster;
import org.medmine.mining.timeseries.HoltWintersForecaster;
import org.medmine.mining.timeseries.PoissonSeasonalForecaster;
import org.medmine.mining.timeseries.RollingOriginBacktest;
import org.medmine.mining.timeseries.SeasonalNaiveForecaster;
import org.medmine.model.MedmineUserException;

/**
 * One daily series forecast by each forecaster (seasonal naive, Poisson regression, Holt-Winters),
 * with the rolling-origin backtest of each, in the same order.
 *
 * @param series the history
 * @param forecasts one forecast per forecaster
 * @param backtests one backtest per forecaster
 */
public record SeriesForecast(
    CountSeries series, List<Forecast> forecasts, List<RollingOriginBacktest.Result> backtests) {
  /**
   * Days of history before the first backtest origin, as {@link RollingOriginBacktest} needs them.
   */
  static final int WARM_UP = 56;

  /**
   * Forecasts and backtests {@code s}; a history too short for the origins asked for is a user
   * error.
   */
  static SeriesForecast of(CountSeries s, RollingOriginBacktest.Options o) {
    List<Forecaster> methods =
        List.of(
            SeasonalNaiveForecaster.weekly(),
            PoissonSeasonalForecaster.standard(),
            HoltWintersForecaster.weekly());
    int needed = WARM_UP + o.horizon() + 7 * (o.calibrationOrigins() + o.evaluationOrigins());
    if (s.size() < needed) {
      throw new MedmineUserException(
          s.name()
              + " has "
              + s.size()
              + " days; forecasting with "
              + o.calibrationOrigins()
              + " backtest origins needs at least "
              + needed
              + ": give a longer history or fewer --origins.");
    }
    List<Forecast> forecasts = new ArrayList<>();
    List<RollingOriginBacktest.Result> backtests = new ArrayList<>();
    for (Forecaster f : methods) {
      forecasts.add(RollingOriginBacktest.forecast(f, s.counts(), s.start(), o));
      backtests.add(RollingOriginBacktest.run(f, s.counts(), s.start(), o));
    }
    return new SeriesForecast(s, forecasts, backtests);
  }

  /** The forecast of the method with the lowest backtest MAE over all horizons. */
  public Forecast best() {
    return forecasts.get(bestIndex());
  }

  /** The backtest of {@link #best()}. */
  public RollingOriginBacktest.Result bestBacktest() {
    return backtests.get(bestIndex());
  }

  private int bestIndex() {
    int b = 0;
    for (int i = 1; i < backtests.size(); i++) {
      if (backtests.get(i).overall().mae() < backtests.get(b).overall().mae()) {
        b = i;
      }
    }
    return b;
  }
}
