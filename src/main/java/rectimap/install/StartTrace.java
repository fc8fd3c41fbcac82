package rectimap.app;

import java.lang.management.ManagementFactory;

/**
 * Start-up timing ({@code -Drectimap.startTrace=true}): each step prints {@code start-trace STEP MS} on standard error,
 * MS being milliseconds since the JVM started (as the operating system saw the process start, so class loading and
 * JVM set-up count). Off by default: then a mark costs one boolean test and loads nothing.
 */
final class StartTrace {
    static final String PROPERTY = "rectimap.startTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartTrace() {
    }

    static boolean on() {
        return ON;
    }

    /** Prints the time of {@code step} when tracing. Any thread. */
    static void mark(String step) {
        if (ON) {
            System.err.println("start-trace " + step.replace(' ', '-') + " " + sinceJvmStart());
        }
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
