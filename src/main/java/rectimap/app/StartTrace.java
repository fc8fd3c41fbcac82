package rectimap.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up timing ({@code -Drectimap.startTrace=true}): each step prints {@code start-trace STEP MS cpu CPU} on
 * standard error, MS being milliseconds since the JVM started (as the operating system saw the process start, so class
 * loading and JVM set-up count) and CPU the milliseconds of processor time the whole process used so far (every
 * thread, the JIT and GC included; read from {@code /proc/self/stat}, left out where there is none). On a loaded
 * machine MS grows with the load while CPU says what the start itself costs. Off by default: then a mark costs one
 * boolean test and loads nothing.
 */
final class StartTrace {
    static final String PROPERTY = "rectimap.startTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    /** Clock ticks a second in /proc/PID/stat (USER_HZ, 100 on Linux). */
    private static final int TICKS_PER_SECOND = 100;

    private StartTrace() {
    }

    static boolean on() {
        return ON;
    }

    /** Prints the time of {@code step} when tracing. Any thread. */
    static void mark(String step) {
        if (ON) {
            long cpu = processCpuMs();
            System.err.println("start-trace " + step.replace(' ', '-') + " " + sinceJvmStart()
                    + (cpu < 0 ? "" : " cpu " + cpu));
        }
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Processor time of this process in milliseconds (user + system), or -1 where /proc cannot tell. */
    private static long processCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) in parentheses: utime and stime are 14th, 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
