package rectimap.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ControlsFX as the installed app meets it: the image's runtime holds JavaFX as named modules and the app sits on the
 * class path, so ControlsFX reaches JavaFX internals only through the launcher's {@code --add-exports}. In the
 * lead's planner session 编辑属性… crashed the window with IllegalAccessError (AutoCompletionBinding →
 * com.sun.javafx.event) while every TestFX test, with JavaFX on the class path, passed. This runs
 * {@code rectimap.ui.edit.ModularFormProbe} with the image's JVM, options and class path under a real Xvfb.
 */
class ControlsFxInTheImageTest {
    private static final Path APP = Path.of("target", "dist", "rectimap", "lib", "app");

    @TempDir
    Path dir;

    @Test
    void theAttributeFormOpensInTheImageWithCompletionAndDecorations() throws Exception {
        Path cfg = APP.resolve("rectimap.cfg");
        boolean built = Files.isRegularFile(cfg);
        if (!built && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("no app image at " + APP + ": .ci/run builds it with mvn -B -Pdist package");
        }
        Assumptions.assumeTrue(built, "no app image at " + APP + " (build it with mvn -B -Pdist package)");
        String appDir = APP.toRealPath().toString();
        List<String> command = new ArrayList<>(List.of(APP.resolve("../runtime/bin/java").toRealPath().toString()));
        List<String> classPath = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir);
            if (line.startsWith("java-options=")) {
                command.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            }
        }
        classPath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        command.addAll(List.of("-cp", String.join(":", classPath), "rectimap.ui.edit.ModularFormProbe"));
        try (XDisplay display = XDisplay.start(dir)) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display.name());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process probe = builder.start();
            probe.getOutputStream().close();
            String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(probe.waitFor(120, TimeUnit.SECONDS)).as("the probe finished (a hang guard)").isTrue();
            assertThat(out).as("the probe's output").contains("form-ok").doesNotContain("IllegalAccessError",
                    "InaccessibleObjectException");
            assertThat(probe.exitValue()).as(out).isZero();
        }
    }
}
