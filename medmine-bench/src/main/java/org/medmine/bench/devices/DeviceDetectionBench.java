package org.medmine.bench.devices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medmine.apps.devices.DeviceAlert;
import org.medmine.apps.devices.DeviceChangeApp;
import org.medmine.apps.devices.DeviceChangeOptions;
import org.medmine.apps.devices.DeviceChangeResult;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;

/**
 * Scores {@link DeviceChangeApp} on a warehouse of generated device streams against the events
 * bench/AppleHealthExport.java planted (planted.csv: patient, kind, event day, onset day): recall
 * and lead time over the heralded admissions, the share of unheralded admissions (which no detector
 * of the streams can see), and precision against admissions as the app computes it. Usage:
 * DeviceDetectionBench WAREHOUSE PLANTED_CSV.
 */
public final class DeviceDetectionBench {
  private DeviceDetectionBench() {}

  private record Planted(String patient, String kind, LocalDate event, LocalDate onset) {}

  public static void main(String[] args) throws IOException, SQLException {
    List<Planted> all =
        Files.readAllLines(Path.of(args[1])).stream()
            .skip(1)
            .map(l -> l.split(","))
            .map(f -> new Planted(f[0], f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3])))
            .toList();
    long t0 = System.nanoTime();
    DeviceChangeResult r;
    Set<String> ingested = new HashSet<>();
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(Path.of(args[0])))) {
      r = context.run(new DeviceChangeApp(), DeviceChangeOptions.defaults());
      try (Statement s = context.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT DISTINCT patient_id FROM device_reading")) {
        while (rs.next()) {
          ingested.add(rs.getString(1));
        }
      }
    }
    // events of patients whose export was not ingested (a partial run) are left out
    List<Planted> planted = all.stream().filter(p -> ingested.contains(p.patient())).toList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.print(r.toText());
    for (String kind : List.of("heralded", "false-alarm")) {
      List<Planted> events = planted.stream().filter(p -> p.kind().equals(kind)).toList();
      int found = 0;
      double leadSum = 0;
      for (Planted p : events) {
        DeviceAlert first = firstAlertIn(r.alerts(), p);
        if (first != null) {
          found++;
          leadSum += ChronoUnit.DAYS.between(first.day(), p.event());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s episodes: %d, detected %d (%.2f), mean lead %.1f days before the event%n",
          kind,
          events.size(),
          found,
          events.isEmpty() ? Double.NaN : found / (double) events.size(),
          found == 0 ? Double.NaN : leadSum / found);
    }
    long unheralded = planted.stream().filter(p -> p.kind().equals("unheralded")).count();
    long outside =
        r.alerts().stream().filter(a -> planted.stream().noneMatch(p -> within(a, p))).count();
    System.out.printf(
        Locale.ROOT,
        "unheralded admissions: %d; alerts outside any planted episode: %d of %d; app run %.1f s%n",
        unheralded,
        outside,
        r.alerts().size(),
        seconds);
  }

  private static boolean within(DeviceAlert a, Planted p) {
    return a.patientId().equals(p.patient())
        && !a.day().isBefore(p.onset())
        && !a.day().isAfter(p.event());
  }

  private static DeviceAlert firstAlertIn(List<DeviceAlert> alerts, Planted p) {
    return alerts.stream().filter(a -> within(a, p)).findFirst().orElse(null);
  }
}
