package rectimap.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build information Maven writes: the pom's version, the checked-out commit and the build time. */
class BuildInfoTest {

    @Test
    void theVersionCommitAndDateAreThoseOfThisBuild() throws Exception {
        BuildInfo build = BuildInfo.current();

        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<version>" + build.version() + "</version>");
        LocalDateTime.parse(build.date(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"));
        if (Files.exists(Path.of(".git"))) {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=10", "HEAD").start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(build.commit()).isEqualTo(head);
        } else {
            assertThat(build.commit()).isEqualTo("unknown");
        }
        assertThat(build.line()).isEqualTo("Rectimap " + build.version() + " (commit " + build.commit() + ", built "
                + build.date() + ")");
    }
}
