package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/** {@code generate-sample} writes a complete GeoPackage where asked, replaces an old one, and rejects bad options. */
class GenerateSampleCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RectimapCli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSampleToTheGivenPathReplacingAnOldFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("nested").resolve("sample.gpkg");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an old file that must be replaced");
        assertThat(run("generate-sample", "--out", target.toString())).isZero();
        try (GeoPackageStore store = GeoPackageStore.open(target, AccessMode.READ_ONLY)) {
            assertThat(store.load("village").features()).hasSize(310);
            assertThat(store.load("township").features()).hasSize(22);
        }
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("sample.gpkg");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("village", "310");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(run("generate-sample", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bogus");
    }
}
