package rectimap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Wall and processor time of one step (the whole process's CPU, all threads: a loaded machine stretches the first,
 * hardly the second; the kernel counts it in 10 ms steps), and the process's peak resident memory.
 */
final class Clock {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = processCpuNanos();
    double wallMs;
    double cpuMs;

    /** Ends the step. */
    void stop() {
        wallMs = (System.nanoTime() - wallStart) / 1e6;
        cpuMs = (processCpuNanos() - cpuStart) / 1e6;
    }

    @Override
    public String toString() {
        return String.format("%.0f ms wall, %.0f ms processor", wallMs, cpuMs);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The process's peak resident set ("VmHWM" of /proc/self/status), e.g. "612340 kB". */
    static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ").replace("VmHWM: ", "")).findFirst().orElse("?");
    }
}
