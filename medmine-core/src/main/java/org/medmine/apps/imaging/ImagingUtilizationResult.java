package org.medmine.apps.imaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * Imaging utilization and dose.
 *
 * @param patients patients in the warehouse (the denominator of the rates)
 * @param byModality studies, studies per 1,000 patients and repeats, per modality
 * @param doseOutliers studies whose CTDIvol lies above their protocol's upper fence
 * @param provenance where the result came from
 */
public record ImagingUtilizationResult(
    long patients,
    List<ModalityUse> byModality,
    List<DoseOutlier> doseOutliers,
    RunProvenance provenance)
    implements AppResult {

  /** One modality's use. */
  public record ModalityUse(String modality, long studies, double per1000Patients, long repeats) {}

  /** A study whose CTDIvol is above its protocol's fence. */
  public record DoseOutlier(
      String studyId, String patientId, String protocol, double ctdiVol, double fence) {}

  public ImagingUtilizationResult {
    byModality = List.copyOf(byModality);
    doseOutliers = List.copyOf(doseOutliers);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("patients", patients);
    json.put("byModality", byModality);
    json.put("doseOutliers", doseOutliers);
    json.put("run", provenance);
    return json;
  }

  @Override
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (ModalityUse m : byModality) {
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "%-6s %6d studies  %8.1f per 1,000 patients  %5d repeats%n",
              m.modality(),
              m.studies(),
              m.per1000Patients(),
              m.repeats()));
    }
    return b.append(doseOutliers.size()).append(" CTDIvol outliers by protocol\n").toString();
  }

  /** No report section yet. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
