package org.medmine.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one leg measured. Throughput is in MB (10^6 bytes) per second; heap and RSS are in MiB.
 *
 * @param leg the leg's name
 * @param status {@code ok}, or why the leg has no figures (e.g. {@code not available})
 * @param bytes input bytes read (on disk)
 * @param records records read (FHIR resources, or CSV rows without headers)
 * @param seconds wall time of the measured part
 * @param cpuSeconds CPU time of the whole process during the measured part (more than seconds when
 *     threads overlap)
 * @param peakHeapMib the peak heap in use (most heap in use just before a garbage collection, or at
 *     the end)
 * @param peakRssMib the process's peak resident set (VmHWM), including native memory such as
 *     DuckDB's
 * @param extra leg-specific details
 */
public record LegResult(
    String leg,
    String status,
    long bytes,
    long records,
    double seconds,
    double cpuSeconds,
    double peakHeapMib,
    double peakRssMib,
    Map<String, Object> extra) {

  /** A leg that could not run, with the reason. */
  public static LegResult unavailable(String leg, String why) {
    return new LegResult(leg, why, 0, 0, 0, 0, 0, 0, Map.of());
  }

  public boolean ok() {
    return "ok".equals(status);
  }

  public double mbPerSecond() {
    return seconds > 0 ? bytes / 1e6 / seconds : 0;
  }

  /**
   * Throughput per second of CPU time: steadier than wall time on a machine shared with other work.
   */
  public double mbPerCpuSecond() {
    return cpuSeconds > 0 ? bytes / 1e6 / cpuSeconds : 0;
  }

  public double recordsPerSecond() {
    return seconds > 0 ? records / seconds : 0;
  }

  /** The result as a JSON-ready map, derived figures included. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("leg", leg);
    m.put("status", status);
    m.put("bytes", bytes);
    m.put("records", records);
    m.put("seconds", round(seconds));
    m.put("cpu_seconds", round(cpuSeconds));
    m.put("mb_per_s", round(mbPerSecond()));
    m.put("records_per_s", Math.round(recordsPerSecond()));
    m.put("mb_per_cpu_s", round(mbPerCpuSecond()));
    m.put("peak_heap_mib", round(peakHeapMib));
    m.put("peak_rss_mib", round(peakRssMib));
    m.put("extra", extra);
    return m;
  }

  /** Reads back what {@link #toMap} wrote. */
  @SuppressWarnings("unchecked")
  public static LegResult fromMap(Map<String, Object> m) {
    return new LegResult(
        (String) m.get("leg"),
        (String) m.get("status"),
        ((Number) m.get("bytes")).longValue(),
        ((Number) m.get("records")).longValue(),
        ((Number) m.get("seconds")).doubleValue(),
        ((Number) m.get("cpu_seconds")).doubleValue(),
        ((Number) m.get("peak_heap_mib")).doubleValue(),
        ((Number) m.get("peak_rss_mib")).doubleValue(),
        (Map<String, Object>) m.getOrDefault("extra", Map.of()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
