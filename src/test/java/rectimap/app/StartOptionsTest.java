package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's start arguments: a project file, or a shared project's {@code postgresql://} address (kept as the
 * address, not read as a file name), with the interface language.
 */
class StartOptionsTest {

    @Test
    void aSharedProjectsAddressIsKeptAsAnAddress() {
        StartOptions options = StartOptions.parse(List.of("--lang", "en",
                "postgresql://zhangsan@10.0.0.5:5432/campaign?schema=yanhu"));
        assertThat(options.shared()).contains("postgresql://zhangsan@10.0.0.5:5432/campaign?schema=yanhu");
        assertThat(options.project()).isEmpty();
        assertThat(options.language()).isEqualTo(rectimap.ui.UiLanguage.EN);
    }

    @Test
    void aProjectFileIsAFile() {
        StartOptions options = StartOptions.parse(List.of("/data/盐湖区.gpkg"));
        assertThat(options.project()).contains(Path.of("/data/盐湖区.gpkg"));
        assertThat(options.shared()).isEmpty();
        assertThat(options.firstProject()).isEqualTo(Path.of("/data/盐湖区.gpkg"));
    }
}
