package rectimap.install;

import java.lang.management.ManagementFactory;

/**
 * Start-up timing ({@code -Drectimap.startTrace=true}) of the window and of each command-line run: each step prints
 * {@code start-trace STEP MS} on standard error, MS being milliseconds since the JVM started (as the operating system
 * saw the process start, so class loading and JVM set-up count). Off by default: then a mark costs one boolean test
 * and loads nothing.
 */
public final class StartTrace {
    public static final String PROPERTY = "rectimap.startTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Prints the time of {@code step} when tracing. Any thread. */
    public static void mark(String step) {
        if (ON) {
            System.err.println("start-trace " + step.replace(' ', '-') + " " + sinceJvmStart());
        }
    }

    /** Milliseconds since the JVM started. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
