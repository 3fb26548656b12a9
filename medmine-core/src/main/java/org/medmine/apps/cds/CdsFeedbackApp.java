package org.medmine.apps.cds;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * {@code cds-feedback}: records the outcome of cards (CDS Hooks 2.0 "Feedback") in the audit log,
 * in the request's own entry: the service, and one {@code card:outcome[:reason]} per card, so that
 * override rates can be read from the audit trail (which is tamper-evident) without a table of
 * their own.
 */
public final class CdsFeedbackApp implements App<CdsFeedbackApp.Options, CdsFeedbackApp.Result> {
  /** The service the feedback is about and the request body. */
  public record Options(String serviceId, String body) {}

  /** The feedback recorded. */
  public record Result(List<CdsFeedback> feedback, RunProvenance provenance) implements AppResult {
    @Override
    public Object toJson() {
      return Map.of("recorded", feedback.size());
    }

    @Override
    public String toText() {
      return "Recorded " + feedback.size() + " feedback item(s).\n";
    }

    @Override
    public List<ReportSection> toSections() {
      return List.of();
    }
  }

  @Override
  public String name() {
    return "cds-feedback";
  }

  @Override
  public Result run(AnalysisContext context, Options options) {
    CdsService.byId(options.serviceId())
        .orElseThrow(
            () ->
                new org.medmine.model.MedmineUserException(
                    "No CDS service '" + options.serviceId() + "' to give feedback on."));
    List<CdsFeedback> items = CdsFeedback.parse(options.body());
    context.note("cds-service", options.serviceId());
    context.note(
        "cds-feedback",
        items.stream().map(CdsFeedback::auditText).collect(Collectors.joining(",")));
    return new Result(
        items, context.provenance(name(), new Options(options.serviceId(), ""), null));
  }
}
