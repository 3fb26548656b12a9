package org.medmine.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.associations.RulesApp;
import org.medmine.apps.associations.RulesOptions;
import org.medmine.apps.associations.Transactions;
import org.medmine.apps.fraud.FraudApp;
import org.medmine.apps.fraud.FraudOptions;
import org.medmine.apps.fraud.FraudScreen;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.apps.segments.SegmentApp;
import org.medmine.apps.segments.Segmentation;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.context.AppResult;
import org.medmine.model.MedmineUserException;
import org.medmine.model.MedmineVersion;

/**
 * The endpoints of {@code /api/v1}: each maps its query parameters onto an app's options record,
 * with the command line's defaults and the options' own checks, and runs the app through the {@link
 * AppRunner}. Parameter names are the command's option names in camel case ({@code --min-sigma} is
 * {@code minSigma}).
 */
final class ApiRoutes {
  private ApiRoutes() {}

  /** Every route, in the order the OpenAPI document lists them, with no risk model. */
  static List<ApiRoute> all(AppRunner runner) {
    return all(runner, Optional.empty());
  }

  /**
   * Every route, in the order the OpenAPI document lists them; patient risks come from {@code
   * riskModel} (a saved study model).
   */
  static List<ApiRoute> all(AppRunner runner, Optional<Path> riskModel) {
    List<ApiRoute> routes = new ArrayList<>(overviewRoutes(runner));
    routes.addAll(timeSeriesRoutes(runner));
    routes.addAll(CensusRoutes.all(runner));
    routes.addAll(AskRoutes.all(runner));
    routes.addAll(ScanRoutes.all(runner));
    routes.addAll(PatientRiskRoutes.all(runner, riskModel));
    routes.addAll(patternRoutes(runner));
    return List.copyOf(routes);
  }

  /** The version, and the routes of what the warehouse holds. */
  private static List<ApiRoute> overviewRoutes(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/version",
            "medmine's version and the API's",
            List.of(),
            false,
            (caller, q, path) -> Map.of("version", MedmineVersion.get(), "api", "v1")),
        new ApiRoute(
            "/stats",
            "What the warehouse holds (medmine stats)",
            List.of("top", "includeFindings"),
            false,
            (caller, q, path) ->
                runner.runReusing(
                    caller,
                    "GET /api/v1/stats",
                    false,
                    new StatsApp(),
                    new StatsOptions(q.whole("top", 10), q.flag("includeFindings", false)),
                    AppResult::toJson)),
        new ApiRoute(
            "/quality",
            "Data-quality checks and profiles (medmine quality)",
            List.of(),
            false,
            (caller, q, path) ->
                runner.run(
                    caller,
                    "GET /api/v1/quality",
                    false,
                    new QualityApp(),
                    QualityOptions.BUILT_IN)));
  }

  /** The routes of the time series: surveillance, forecasts, control charts. */
  private static List<ApiRoute> timeSeriesRoutes(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/surveillance",
            "Aberration detection on syndrome counts (medmine surveil)",
            List.of(
                "syndrome",
                "codes",
                "granularity",
                "region",
                "ageBand",
                "from",
                "to",
                "methods",
                "minSigma",
                "recent"),
            false,
            (caller, q, path) ->
                runner.runReusing(
                    caller,
                    "GET /api/v1/surveillance",
                    false,
                    new SurveilApp(),
                    surveil(q),
                    AppResult::toJson)),
        new ApiRoute(
            "/forecast",
            "Admissions and census forecasts with intervals (medmine forecast)",
            List.of("horizon", "level", "origins", "until", "patientsPerNurse", "source"),
            false,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/forecast", false, new ForecastApp(), forecast(q))),
        new ApiRoute(
            "/spc",
            "Control charts of quality measures (medmine spc)",
            List.of("measures", "from", "to", "baseline", "rules"),
            false,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/spc", false, new SpcApp(), spc(q))));
  }

  /** The routes of the patterns mined and the studies. */
  private static List<ApiRoute> patternRoutes(AppRunner runner) {
    return List.of(
        new ApiRoute(
            "/rules",
            "Frequent itemsets and association rules (medmine rules)",
            List.of(
                "transactions",
                "minSupport",
                "minConfidence",
                "minLift",
                "maxItemSupport",
                "maxLength",
                "consequent",
                "top"),
            false,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/rules", false, new RulesApp(), rules(q))),
        new ApiRoute(
            "/segments",
            "Patient segments (medmine segment)",
            List.of("method", "kMin", "kMax", "minPts", "minClusterSize", "seed"),
            true,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/segments", true, new SegmentApp(), segments(q))),
        new ApiRoute(
            "/fraud",
            "Provider and claim leads for review (medmine fraud)",
            List.of("minClaims", "reasonZ", "seed", "top", "topClaims"),
            true,
            (caller, q, path) ->
                runner.run(caller, "GET /api/v1/fraud", true, new FraudApp(), fraud(q))),
        new ApiRoute(
            "/studies/{name}",
            "A shipped study's model card, trained on the warehouse (medmine study run)",
            List.of("seed"),
            false,
            (caller, q, path) ->
                runner.run(
                    caller,
                    "GET /api/v1/studies/" + shippedStudy(path.apply("name")),
                    false,
                    new StudyApp(),
                    new StudyOptions(
                        shippedStudy(path.apply("name")),
                        q.text("seed", null) == null ? null : q.wholeLong("seed", 0)))));
  }

  /**
   * Only a shipped study by name: the API never reads a study file (no path reaches the file
   * system).
   */
  static String shippedStudy(String name) {
    if (!StudyDefinition.SHIPPED.contains(name)
        && !StudyDefinition.SHIPPED_REGRESSION.contains(name)) {
      throw new MedmineUserException(
          "Unknown study '"
              + name
              + "': use one of "
              + StudyDefinition.SHIPPED
              + " or "
              + StudyDefinition.SHIPPED_REGRESSION
              + ".");
    }
    return name;
  }

  private static SurveilOptions surveil(QueryParams q) {
    SyndromeQuery query =
        new SyndromeQuery(
            q.text("syndrome", "respiratory"),
            q.list("codes", SyndromeQuery.RESPIRATORY),
            SyndromeQuery.granularity(q.text("granularity", "week")),
            org.medmine.cohort.Region.parse(q.text("region", "none")),
            q.text("ageBand", null),
            q.date("from"),
            q.date("to"));
    return new SurveilOptions(
        null,
        query,
        q.list("methods", SurveilOptions.DEFAULT_METHODS),
        q.number("minSigma", Double.parseDouble(SurveilOptions.DEFAULT_MIN_SIGMA)),
        q.whole("recent", SurveilOptions.DEFAULT_RECENT));
  }

  private static ForecastOptions forecast(QueryParams q) {
    ForecastOptions d = ForecastOptions.DEFAULTS;
    return new ForecastOptions(
        null,
        false,
        q.whole("horizon", d.horizon()),
        q.number("level", d.level()),
        q.whole("origins", d.origins()),
        q.date("until"),
        q.number("patientsPerNurse", d.patientsPerNurse()),
        ForecastOptions.Source.parse(q.text("source", d.source().toString())));
  }

  private static SpcOptions spc(QueryParams q) {
    SpcOptions d = SpcOptions.DEFAULTS;
    return new SpcOptions(
        null,
        d.chart(),
        d.per(),
        q.list("measures", d.measures()),
        q.date("from"),
        q.date("to"),
        q.whole("baseline", d.baseline()),
        q.text("rules", d.rules()));
  }

  private static RulesOptions rules(QueryParams q) {
    RuleMining.Options d = RuleMining.Options.defaults();
    return new RulesOptions(
        new RuleMining.Options(
            Transactions.Kind.parse(q.text("transactions", "patient-conditions")),
            q.number("minSupport", d.minSupport()),
            q.number("minConfidence", d.minConfidence()),
            q.number("minLift", d.minLift()),
            q.number("maxItemSupport", d.maxItemSupport()),
            q.whole("maxLength", d.maxLength()),
            q.text("consequent", null),
            false),
        q.whole("top", 25));
  }

  private static Segmentation.Options segments(QueryParams q) {
    return new Segmentation.Options(
        Segmentation.Method.parse(q.text("method", "kmeans")),
        q.whole("kMin", 2),
        q.whole("kMax", 6),
        q.whole("minPts", 4),
        Double.NaN,
        q.whole("minClusterSize", 0),
        0.1,
        q.wholeLong("seed", 42));
  }

  private static FraudOptions fraud(QueryParams q) {
    FraudScreen.Options d = FraudScreen.Options.defaults();
    return new FraudOptions(
        new FraudScreen.Options(
            q.whole("minClaims", 10),
            q.number("reasonZ", 3.5),
            d.minPeers(),
            d.trees(),
            q.wholeLong("seed", 42)),
        q.whole("top", 25),
        q.whole("topClaims", 100));
  }
}
