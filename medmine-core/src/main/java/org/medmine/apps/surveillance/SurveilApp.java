package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.DetectorCatalog;
import org.medmine.mining.timeseries.OutbreakDetector;
import org.medmine.mining.timeseries.SeriesCsv;

/**
 * {@code surveil}: outbreak detection on syndrome counts, per region, from the warehouse ({@link
 * SyndromeSeries}, through the context's consent-filtered connection) or from an external series
 * file. Each detector judges the periods its baseline rule allows ({@link
 * OutbreakDetector#firstJudged}); a series too short for a detector is skipped, and said so.
 */
public final class SurveilApp implements App<SurveilOptions, SurveilResult> {
  @Override
  public String name() {
    return "surveil";
  }

  @Override
  public SurveilResult run(AnalysisContext context, SurveilOptions options) {
    List<CountSeries> all =
        options.series() != null
            ? SeriesCsv.read(options.series())
            : SyndromeSeries.query(context.connection(), options.query());
    List<SurveilResult.Judged> judged = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (CountSeries s : all) {
      List<String> methods = new ArrayList<>();
      List<Detection> detections = new ArrayList<>();
      for (String m : options.methods()) {
        OutbreakDetector d = DetectorCatalog.byName(m, s.granularity(), options.minSigma());
        if (s.size() <= d.firstEvaluable()) {
          skipped.add(
              m
                  + " for "
                  + s.region()
                  + " (needs more than "
                  + d.firstEvaluable()
                  + " periods, has "
                  + s.size()
                  + ")");
          continue;
        }
        methods.add(m);
        detections.add(d.judge(s));
      }
      judged.add(new SurveilResult.Judged(s, methods, detections));
    }
    boolean file = options.series() != null;
    RunProvenance provenance =
        file
            ? context.provenanceOfFile(name(), options, null, options.series())
            : context.provenance(name(), options, null);
    String source = file ? options.series().toString() : context.warehouse().toString();
    return new SurveilResult(source, judged, skipped, options.recent(), provenance);
  }
}
