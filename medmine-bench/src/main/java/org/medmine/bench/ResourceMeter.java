package org.medmine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the part of a leg that matters: wall time, process CPU time, the peak heap in use (the
 * most heap in use just before any garbage collection since {@link #start}, or at the end,
 * whichever is more: heap use only grows between collections) and the process's peak RSS ({@code
 * VmHWM} in {@code /proc/self/status}, Linux only; it is a high-water mark since the JVM started,
 * so it includes start-up, which is small next to a leg).
 */
final class ResourceMeter {
  private static final AtomicLong PEAK_HEAP_BYTES = new AtomicLong();
  private static boolean listening;
  private long wallStart;
  private long cpuStart;
  private long wallNanos;
  private long cpuNanos;

  void start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    listenToCollections();
    PEAK_HEAP_BYTES.set(heapInUse());
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

  /** The peak heap in use since {@link #start}, in MiB. */
  static double peakHeapMib() {
    PEAK_HEAP_BYTES.accumulateAndGet(heapInUse(), Math::max);
    return PEAK_HEAP_BYTES.get() / (1024.0 * 1024.0);
  }

  private static long heapInUse() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static synchronized void listenToCollections() {
    if (listening) {
      return;
    }
    listening = true;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                GcInfo info =
                    GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                        .getGcInfo();
                long before = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getMemoryUsageBeforeGc().entrySet()) {
                  if (HEAP_POOLS.contains(e.getKey())) {
                    before += e.getValue().getUsed();
                  }
                }
                PEAK_HEAP_BYTES.accumulateAndGet(before, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  private static final Set<String> HEAP_POOLS = heapPools();

  private static Set<String> heapPools() {
    Set<String> names = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  /**
   * The sum of the heap pools' own peaks since {@link #start}: an upper bound, as pools peak at
   * different times.
   */
  static double heapPoolPeaksSumMib() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }

  /**
   * The process's peak resident set in MiB, or -1 where {@code /proc/self/status} does not exist.
   */
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

  static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }
}
