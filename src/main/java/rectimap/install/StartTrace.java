package rectimap.install;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Start-up timing ({@code -Drectimap.startTrace=true}) of the window and of each command-line run: each step prints
 * {@code start-trace STEP MS cpu CPU} on standard error, MS being milliseconds since the process started (as the
 * operating system saw it, so the JVM's own set-up and class loading count) and CPU the processor time all its
 * threads have used so far (which a loaded machine does not inflate as it does the wall-clock time). With
 * {@code -Drectimap.startTrace=threads} each mark is followed by {@code start-trace-thread NAME CPU} lines (Linux): the
 * processor time of every thread of the process by then, the JVM's compiler and GC threads included, to show what
 * shares the two cores with the FX thread. Off by default: then a mark costs one boolean test and loads nothing.
 */
public final class StartTrace {
    public static final String PROPERTY = "rectimap.startTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY) || "threads".equals(System.getProperty(PROPERTY));
    private static final boolean THREADS = "threads".equals(System.getProperty(PROPERTY));

    private StartTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Prints the time of {@code step} when tracing. Any thread. */
    public static void mark(String step) {
        if (ON) {
            long since = sinceJvmStart();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.println("start-trace " + step.replace(' ', '-') + " " + since + " cpu " + cpu);
            if (THREADS) {
                ThreadTimes.print();
            }
        }
    }

    /** Milliseconds since the process started. */
    public static long sinceJvmStart() {
        return ProcessAge.millis();
    }

    /** Each thread's processor time from {@code /proc/self/task}, the busiest first (Linux; nothing elsewhere). */
    private static final class ThreadTimes {
        static void print() {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                StringBuilder lines = new StringBuilder();
                tasks.map(ThreadTimes::nameAndTicks).filter(t -> t != null && t.ticks() > 0)
                        .sorted((a, b) -> Long.compare(b.ticks(), a.ticks()))
                        .forEach(t -> lines.append("start-trace-thread ").append(t.name().replace(' ', '_'))
                                .append(' ').append(t.ticks() * 10).append('\n'));
                System.err.print(lines);
            } catch (IOException | RuntimeException e) {
                System.err.println("start-trace-thread unknown");
            }
        }

        private record Ticks(String name, long ticks) {
        }

        private static Ticks nameAndTicks(Path task) {
            try {
                String stat = Files.readString(task.resolve("stat"));
                String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new Ticks(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
                        Long.parseLong(after[11]) + Long.parseLong(after[12]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The process's age: on Linux from {@code /proc}, its start and the time since boot both in 10 ms ticks
     * (ProcessHandle's start instant is rounded to the boot's second; JMX's start time would first cost JMX's own
     * start); elsewhere from JMX.
     */
    private static final class ProcessAge {
        private static final Path STAT = Path.of("/proc/self/stat");
        private static final long JMX_START = Files.isReadable(STAT) ? -1
                : ManagementFactory.getRuntimeMXBean().getStartTime();

        static long millis() {
            if (JMX_START >= 0) {
                return System.currentTimeMillis() - JMX_START;
            }
            try {
                String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
                String stat = Files.readString(STAT);
                long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
                return Math.round(Double.parseDouble(uptime) * 1000) - startTicks * 10;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
