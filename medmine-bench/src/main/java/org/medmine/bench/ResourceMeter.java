package org.medmine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the part of a leg that matters: wall time, process CPU time, the heap pools' peak usage (reset at
 * {@link #start}) and the process's peak RSS ({@code VmHWM} in {@code /proc/self/status}, Linux only; it is a
 * high-water mark since the JVM started, so it includes start-up, which is small next to a leg).
 */
final class ResourceMeter {
  private long wallStart;
  private long cpuStart;
  private long wallNanos;
  private long cpuNanos;

  void start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    cpuStart = processCpuNanos();
    wallStart = System.nanoTime();
  }

  void stop() {
    wallNanos = System.nanoTime() - wallStart;
    cpuNanos = processCpuNanos() - cpuStart;
  }

  double seconds() {
    return wallNanos / 1e9;
  }

  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /** The sum of the heap pools' peaks since {@link #start}: an upper bound of the peak heap in use. */
  static double peakHeapMib() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  /** The process's peak resident set in MiB, or -1 where {@code /proc/self/status} does not exist. */
  static double peakRssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }
}
