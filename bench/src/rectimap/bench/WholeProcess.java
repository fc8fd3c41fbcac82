package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whole processes timed as a user runs them: from start to exit, output kept in a file for the caller to read.
 * {@link #rectimap} starts the command line as the installed app does, {@code target/dist/rectimap/bin/rectimap-cli}
 * (its launcher, runtime, class-data archives and JVM options; {@code mvn -Pdist package} makes it), or, when there
 * is no image or {@code -Dbench.cli=classpath}, in a fresh JVM with the bench's own class path. No warm-up, no
 * shared JIT: what is timed is what {@code rectimap-cli print …} costs from the shell.
 */
final class WholeProcess {
    private static final Path IMAGE_CLI = Path.of("target", "dist", "rectimap", "bin", "rectimap-cli")
            .toAbsolutePath();

    /**
     * A finished run: its wall-clock milliseconds, its processor milliseconds (user + system of the process and the
     * children it waited for: what the run costs, which a loaded machine does not inflate as it does the wall
     * clock; -1 where {@code /proc} is missing) and what it printed (stdout and stderr).
     */
    record Run(double ms, double cpuMs, String output) {
    }

    private WholeProcess() {
    }

    /** Which command line the benches time, for their report: the installed image's launcher or a class path. */
    static String cliKind() {
        String added = System.getProperty("bench.cliJavaOptions", "").trim();
        String extra = added.isEmpty() ? "" : ", JVM options added: " + added;
        return (usesImage() ? "image " + IMAGE_CLI : "class path (java -Xmx1g)") + extra;
    }

    private static boolean usesImage() {
        return !"classpath".equals(System.getProperty("bench.cli")) && Files.isExecutable(IMAGE_CLI);
    }

    /**
     * The command line {@code rectimap-cli ARGS…} as a new process, with the JVM options of
     * {@code -Dbench.cliJavaOptions} (space-separated; for the image they come last through {@code _JAVA_OPTIONS},
     * so they override the launcher's own, e.g. {@code -XX:TieredStopAtLevel=4} for the optimising compiler).
     */
    static List<String> rectimap(String... args) {
        if (usesImage()) {
            List<String> command = new ArrayList<>(List.of(IMAGE_CLI.toString()));
            command.addAll(List.of(args));
            return command;
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-Djava.awt.headless=true"));
        String options = System.getProperty("bench.cliJavaOptions", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "rectimap.cli.RectimapCli"));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code command} with {@code environment} added, fails when it exits non-zero. */
    static Run time(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bench-process", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            String options = System.getProperty("bench.cliJavaOptions", "").trim();
            if (command.get(0).equals(IMAGE_CLI.toString()) && !options.isEmpty()) {
                builder.environment().put("_JAVA_OPTIONS", options);
            }
            long cpuBefore = childrenCpuMs();
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            double ms = (System.nanoTime() - start) / 1e6;
            long cpuAfter = childrenCpuMs();
            String output = Files.readString(log);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ":\n" + output);
            }
            return new Run(ms, cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Processor milliseconds of this JVM's waited-for children so far (cutime + cstime of {@code /proc/self/stat}, at
     * 100 ticks a second as on Linux), or -1. A child counts once {@link Process#waitFor} has reaped it; benches run
     * one child at a time, so the difference around a run is that run's.
     */
    private static long childrenCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's load average now (1, 5, 15 min), for the figures' context. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
