package org.medmine.apps.devices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * The alerts of a run of {@link DeviceChangeApp} and how they meet the admissions: precision is the
 * share of alerts followed by an admission within the horizon, recall the share of admissions (in
 * days the patient's device covered) that an alert preceded, lead time the days from that alert.
 *
 * @param options how the rise was detected
 * @param patients patients with device readings
 * @param patientDays patient-days with a resting heart rate
 * @param alerts the alerts, by patient and day
 * @param admissions admissions during device coverage
 * @param detectedAdmissions those an alert preceded within the horizon
 * @param provenance where the result came from
 */
public record DeviceChangeResult(
    DeviceChangeOptions options,
    int patients,
    long patientDays,
    List<DeviceAlert> alerts,
    int admissions,
    int detectedAdmissions,
    RunProvenance provenance)
    implements AppResult {

  public DeviceChangeResult {
    alerts = List.copyOf(alerts);
  }

  /** Alerts followed by an admission over all alerts (NaN without alerts). */
  public double precision() {
    long followed = alerts.stream().filter(a -> a.admissionId() != null).count();
    return alerts.isEmpty() ? Double.NaN : followed / (double) alerts.size();
  }

  /** Admissions an alert preceded over all covered admissions (NaN without admissions). */
  public double recall() {
    return admissions == 0 ? Double.NaN : detectedAdmissions / (double) admissions;
  }

  /** The median days from alert to admission over alerts followed by one (NaN if none). */
  public double medianLeadDays() {
    double[] leads =
        alerts.stream()
            .filter(a -> a.leadDays() != null)
            .mapToDouble(DeviceAlert::leadDays)
            .sorted()
            .toArray();
    if (leads.length == 0) {
      return Double.NaN;
    }
    int m = leads.length / 2;
    return leads.length % 2 == 1 ? leads[m] : (leads[m - 1] + leads[m]) / 2;
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("options", options);
    json.put("patients", patients);
    json.put("patientDays", patientDays);
    json.put("admissions", admissions);
    json.put("detectedAdmissions", detectedAdmissions);
    json.put("precision", precision());
    json.put("recall", recall());
    json.put("medianLeadDays", medianLeadDays());
    json.put("alerts", alerts);
    json.put("run", provenance);
    return json;
  }

  @Override
  public String toText() {
    return String.format(
        Locale.ROOT,
        "%d patients, %d patient-days: %d alerts (resting heart rate >= %.0f bpm over baseline),"
            + " %d of %d admissions preceded; precision %.2f, recall %.2f, median lead %.1f days%n",
        patients,
        patientDays,
        alerts.size(),
        options.thresholdBpm(),
        detectedAdmissions,
        admissions,
        precision(),
        recall(),
        medianLeadDays());
  }

  /** No report section yet. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
