package rectimap.install;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A report of an unexpected failure, for the developers: {@code crash-yyyyMMdd-HHmmss-SSS.txt} in the log folder with
 * the build, the Java and system versions, what was running and the full stack trace. The user is told only the one
 * sentence naming this file; the trace never reaches the screen. Thread-safe.
 */
public final class CrashReport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private CrashReport() {
    }

    /**
     * Writes the report of {@code failure} in {@code logs}, also into the log.
     *
     * @param program what was running, e.g. {@code "rectimap-cli render"} or {@code "rectimap (FX thread)"}
     * @param args    the arguments it was started with
     * @return the file written, empty when even that failed (a full disk, no permission)
     */
    public static Optional<Path> write(Path logs, String program, List<String> args, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = "Rectimap crash report\n"
                + "build: " + BuildInfo.current().line() + "\n"
                + "java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n"
                + "system: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "program: " + program + "\n"
                + "arguments: " + String.join(" ", args) + "\n"
                + "time: " + LocalDateTime.now() + "\n\n" + trace;
        try {
            Files.createDirectories(logs);
            Path file = logs.resolve("crash-" + LocalDateTime.now().format(STAMP) + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
