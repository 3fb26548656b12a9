package org.medmine.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.medmine.apps.associations.RulesApp;
import org.medmine.apps.associations.RulesOptions;
import org.medmine.apps.fraud.FraudApp;
import org.medmine.apps.fraud.FraudOptions;
import org.medmine.apps.link.LinkApp;
import org.medmine.apps.link.LinkOptions;
import org.medmine.apps.link.MatchThresholds;
import org.medmine.apps.nlp.NlpApp;
import org.medmine.apps.nlp.NlpOptions;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.operations.ForecastResult;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.qi.SpcResult;
import org.medmine.apps.quality.QualityApp;
import org.medmine.apps.quality.QualityOptions;
import org.medmine.apps.segments.SegmentApp;
import org.medmine.apps.segments.Segmentation;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.apps.stats.StatsResult;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;
import org.medmine.report.ResultRows;

/**
 * What the demo does once the warehouse is loaded: a list of steps, each running apps in the demo's
 * context, printing their summaries, writing their files under the output folder and adding their
 * report sections. The steps that write result tables (data quality, linkage, note concepts) run in
 * one context that may write them, the others in one read-only context, so that de-identification
 * can open the warehouse file beside it (a process holds a DuckDB file read-write only once). Each
 * context writes its audit entry as it closes. Later issues add their steps here.
 */
public final class DemoSteps {
  /**
   * One step: runs apps in {@code context}, prints on the {@code host}'s console, writes under
   * {@code out}, returns the report with its sections.
   */
  @FunctionalInterface
  public interface Step {
    HtmlReport run(AnalysisContext context, DemoHost host, Path out, HtmlReport report);
  }

  /** The privacy step: a Safe Harbor copy, its leak scan, the re-identification risk. */
  public static final Step PRIVACY = PrivacyStep::run;

  /** The prediction step: the shipped studies and their model cards. */
  public static final Step PREDICTION = PredictionStep::run;

  /** The steps that write result tables into the warehouse. */
  public static final List<Step> WRITING =
      List.of(
          app("Data quality (medmine quality):", new QualityApp(), QualityOptions.BUILT_IN),
          app(
              "Record linkage (medmine link):",
              new LinkApp(),
              new LinkOptions(MatchThresholds.DEFAULTS, true)),
          app("Clinical NLP (medmine nlp):", new NlpApp(), NlpOptions.defaults()));

  /** The steps that only read. */
  public static final List<Step> READING =
      List.of(
          DemoSteps::timeSeries,
          app(null, new RulesApp(), RulesOptions.DEFAULTS),
          app(null, new FraudApp(), FraudOptions.DEMO),
          app(null, new SegmentApp(), Segmentation.Options.defaults(Segmentation.Method.KMEANS)),
          PRIVACY,
          PREDICTION);

  /**
   * A step that runs one app: prints {@code heading} (if any) and the result's summary, and adds
   * its sections; when the population does not allow the run (too small to segment), prints why and
   * goes on.
   */
  public static <O extends Record, R extends AppResult> Step app(
      String heading, App<O, R> app, O options) {
    return (context, host, out, report) -> {
      PrintWriter console = host.console();
      if (heading != null) {
        console.println();
        console.println(heading);
      }
      try {
        R result = context.run(app, options);
        console.print(result.summary());
        return report.with(result.toSections());
      } catch (MedmineUserException e) {
        console.println("  " + app.name() + " skipped: " + e.getMessage());
        return report;
      }
    };
  }

  private DemoSteps() {}

  /**
   * The steps after the ingest, on {@code warehouse}: the statistics, then the steps that write
   * result tables in one context that may write them, then the others in one read-only context (so
   * that de-identification can open the warehouse file beside it: a process holds a DuckDB file
   * read-write only once); writes {@code out/report.html} and returns it.
   */
  public static Path afterIngest(DemoHost host, Path warehouse, Path out) {
    PrintWriter console = host.console();
    Set<String> writes = new TreeSet<>(new QualityApp().writes());
    writes.addAll(new LinkApp().writes());
    writes.addAll(new NlpApp().writes());
    HtmlReport report;
    try (AnalysisContext context = host.open(warehouse, writes)) {
      StatsResult stats = context.run(new StatsApp(), StatsOptions.DEFAULTS);
      console.println();
      console.print(stats.toText());
      report = run(WRITING, context, host, out, stats.overview());
    }
    try (AnalysisContext context = host.open(warehouse, Set.of())) {
      report = run(READING, context, host, out, report);
      // The report names example records (data quality) and claims (fraud screen). 'medmine
      // report' and the other commands encrypt such files by default; the demo's population is
      // synthetic, so it writes its report in the clear, says so, and records it in the audit log
      // as --plaintext would.
      Path file = report.write(out.resolve("report.html"));
      context.note(
          "plaintext-output",
          "demo wrote " + file + " in the clear (synthetic Synthea population)");
      console.println();
      console.println(
          "Note: report.html names example records and claims and is written IN THE CLEAR because the"
              + " demo's population is synthetic (recorded in the audit log); on real data 'medmine report' encrypts it"
              + " by default.");
      console.println(
          "Report: " + file.toAbsolutePath() + " (open it in any browser; it needs no network)");
      return file;
    }
  }

  private static HtmlReport run(
      List<Step> steps, AnalysisContext context, DemoHost host, Path out, HtmlReport report) {
    for (Step step : steps) {
      report = step.run(context, host, out, report);
    }
    return report;
  }

  /**
   * The time-series step: surveillance (respiratory illness), the admissions and census forecast,
   * the control charts and the space-time scan of respiratory illness by ZIP3 area, each run as its
   * app; prints a summary of each, writes its rows under out/timeseries/ and adds its report
   * sections. A user error (no cases, too few months) ends the step with a note.
   */
  public static HtmlReport timeSeries(
      AnalysisContext context, DemoHost host, Path out, HtmlReport report) {
    PrintWriter console = host.console();
    console.println();
    console.println(
        "Time series (surveillance, forecasting, control charts, space-time clusters):");
    Path dir = out.resolve("timeseries");
    try {
      SurveilResult surveil = context.run(new SurveilApp(), SurveilOptions.demo());
      console.println("  " + surveil.summary());
      ResultRows.write(dir.resolve("surveillance.csv"), surveil.rows());
      report = report.with(surveil.toSections());
      ForecastResult forecast = context.run(new ForecastApp(), ForecastOptions.DEFAULTS);
      forecast.summary().lines().forEach(l -> console.println("  " + l));
      ResultRows.write(dir.resolve("forecasts.csv"), forecast.rows());
      report = report.with(forecast.toSections());
      SpcResult spc = context.run(new SpcApp(), SpcOptions.DEFAULTS);
      spc.summary().lines().forEach(l -> console.println("  " + l));
      ResultRows.write(dir.resolve("control-charts.csv"), spc.rows());
      report = report.with(spc.toSections());
      SpaceTimeScanResult scan = context.run(new SpaceTimeScanApp(), SpaceTimeScanOptions.demo());
      console.println("  " + scan.summary());
      ResultRows.write(dir.resolve("space-time-clusters.csv"), scan.rows());
      report = report.with(scan.toSections());
    } catch (MedmineUserException e) {
      console.println("  skipped: " + e.getMessage());
    }
    return report;
  }
}
