package org.medmine.apps.stats;

import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import org.medmine.context.RunProvenance;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportSection;

/** What {@link StatsApp} found: the warehouse statistics and the run's provenance. */
public record StatsResult(WarehouseStats stats, RunProvenance provenance) implements AppResult {
  /**
   * The statistics' stable JSON document (see {@link WarehouseStats}) with the run's provenance as
   * {@code run}.
   */
  @Override
  public Object toJson() {
    Map<String, Object> doc = ResultJson.properties(stats);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return stats.toText();
  }

  /** The overview: tables, population, encounters per month, top codes, the quarantine. */
  @Override
  public List<ReportSection> toSections() {
    return OverviewSections.of(stats);
  }

  @Override
  public String provenanceHtml() {
    return OverviewSections.provenance(stats) + provenance.toHtml();
  }

  /**
   * The overview report ('medmine report', the demo's report): the sections and the provenance,
   * stamped with this medmine's version and the current time.
   */
  public HtmlReport overview() {
    return page().withProvenance(provenanceHtml());
  }
}
