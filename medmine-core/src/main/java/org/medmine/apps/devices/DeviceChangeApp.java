package org.medmine.apps.devices;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code devices}: the daily device features of every patient ({@link DailyDeviceFeatures}), a rise
 * of resting heart rate over the personal baseline ({@link RestingHeartRateRise}), and each alert
 * joined to the inpatient or emergency admissions that follow it (encounter class inpatient,
 * emergency, or FHIR's IMP, EMER, ACUTE), through the context's consent-filtered connection.
 */
public final class DeviceChangeApp implements App<DeviceChangeOptions, DeviceChangeResult> {
  static final String ADMISSIONS =
      "SELECT source, patient_id, id, CAST(start_time AS DATE) FROM encounter"
          + " WHERE lower(class) IN ('inpatient', 'emergency', 'imp', 'emer', 'acute')"
          + " AND start_time IS NOT NULL ORDER BY start_time, id";

  /** A patient's admissions. */
  private record Admission(String id, LocalDate day) {}

  @Override
  public String name() {
    return "devices";
  }

  @Override
  public DeviceChangeResult run(AnalysisContext context, DeviceChangeOptions options) {
    Map<String, List<DailyDeviceFeatures>> byPatient = new LinkedHashMap<>();
    for (DailyDeviceFeatures f : DailyDeviceFeatures.read(context.connection())) {
      if (f.restingHeartRate() != null) {
        byPatient
            .computeIfAbsent(f.source() + "\u0000" + f.patientId(), k -> new ArrayList<>())
            .add(f);
      }
    }
    Map<String, List<Admission>> admissions = admissions(context.connection());
    List<DeviceAlert> alerts = new ArrayList<>();
    int covered = 0;
    int detected = 0;
    long days = 0;
    for (Map.Entry<String, List<DailyDeviceFeatures>> e : byPatient.entrySet()) {
      List<DailyDeviceFeatures> series = e.getValue();
      days += series.size();
      LocalDate first = series.get(0).day();
      double[] daily = dailySeries(series, first);
      List<Admission> adm = admissions.getOrDefault(e.getKey(), List.of());
      List<DeviceAlert> mine = new ArrayList<>();
      for (RestingHeartRateRise.Alert a : RestingHeartRateRise.detect(daily, options)) {
        mine.add(alert(series.get(0), first.plusDays(a.day()), a, adm, options.horizonDays()));
      }
      alerts.addAll(mine);
      LocalDate from = first.plusDays(options.windowDays() + options.minBaselineDays() - 1L);
      LocalDate to = first.plusDays(daily.length);
      for (Admission a : adm) {
        if (!a.day().isBefore(from) && !a.day().isAfter(to)) {
          covered++;
          boolean preceded =
              mine.stream()
                  .anyMatch(
                      x ->
                          !x.day().isAfter(a.day())
                              && ChronoUnit.DAYS.between(x.day(), a.day())
                                  <= options.horizonDays());
          detected += preceded ? 1 : 0;
        }
      }
    }
    return new DeviceChangeResult(
        options,
        byPatient.size(),
        days,
        alerts,
        covered,
        detected,
        context.provenance(name(), options, null));
  }

  private static double[] dailySeries(List<DailyDeviceFeatures> series, LocalDate first) {
    int n = (int) ChronoUnit.DAYS.between(first, series.get(series.size() - 1).day()) + 1;
    double[] daily = new double[n];
    java.util.Arrays.fill(daily, Double.NaN);
    for (DailyDeviceFeatures f : series) {
      daily[(int) ChronoUnit.DAYS.between(first, f.day())] = f.restingHeartRate();
    }
    return daily;
  }

  private static DeviceAlert alert(
      DailyDeviceFeatures patient,
      LocalDate day,
      RestingHeartRateRise.Alert a,
      List<Admission> admissions,
      int horizon) {
    for (Admission adm : admissions) {
      long lead = ChronoUnit.DAYS.between(day, adm.day());
      if (lead >= 0 && lead <= horizon) {
        return new DeviceAlert(
            patient.source(),
            patient.patientId(),
            day,
            a.baseline(),
            a.recent(),
            adm.id(),
            (int) lead);
      }
    }
    return new DeviceAlert(
        patient.source(), patient.patientId(), day, a.baseline(), a.recent(), null, null);
  }

  private static Map<String, List<Admission>> admissions(Connection connection) {
    Map<String, List<Admission>> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(ADMISSIONS)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
            .add(new Admission(rs.getString(3), rs.getObject(4, LocalDate.class)));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the admissions", e);
    }
    return out;
  }
}
