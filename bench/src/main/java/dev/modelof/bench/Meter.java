package dev.modelof.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * What the measurements read besides the wall clock: the process's CPU time (every thread, the
 * runner's workers, the collector and the compiler included) and the bytes allocated by every live
 * thread. A worker lives on, idle, for 5 s after its run, so the threads of back-to-back runs are
 * all counted.
 */
final class Meter {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Meter() {}

  static long cpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** Bytes allocated so far by the threads alive now. */
  static long allocated() {
    long total = 0;
    for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
