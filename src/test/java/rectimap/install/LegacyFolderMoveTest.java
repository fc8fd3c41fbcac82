package rectimap.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The one-time move of {@code ~/.rectimap} as an earlier Rectimap left it: the sample's working copy (a real
 * GeoPackage), settings with that copy's last map view, the recent list and a recovery journal.
 */
class LegacyFolderMoveTest {
    @TempDir
    Path home;
    private Path legacy;
    private UserFolders target;

    @BeforeEach
    void anEarlierRectimapsFolder() throws Exception {
        legacy = Files.createDirectories(home.resolve(".rectimap"));
        Files.copy(Path.of("maps", "yanhu-sample.gpkg"), legacy.resolve("yanhu-sample-project.gpkg"));
        Path copy = legacy.resolve("yanhu-sample-project.gpkg");
        Properties settings = new Properties();
        settings.setProperty("view." + copy, "500000.000 3870000.000 12.500000");
        settings.setProperty("review.name", "王某");
        try (var out = Files.newBufferedWriter(legacy.resolve("settings.properties"), StandardCharsets.UTF_8)) {
            settings.store(out, null);
        }
        Files.writeString(legacy.resolve("recent.txt"), copy + "\n/data/责任区.gpkg\n", StandardCharsets.UTF_8);
        Files.createDirectories(legacy.resolve("pending"));
        Files.writeString(legacy.resolve("pending/x-1.rectimap-pending"), "steps");
        target = UserFolders.of(Platform.LINUX, java.util.Map.<String, String>of()::get, home);
    }

    @Test
    void everythingMovesToTheXdgFoldersAndPathsFollow() throws Exception {
        LegacyFolderMove.Outcome outcome = LegacyFolderMove.run(legacy, target);

        Path copy = target.data().resolve("yanhu-sample-project.gpkg");
        assertThat(outcome.leftBehind()).isEmpty();
        assertThat(legacy).doesNotExist();
        assertThat(target.data().resolve("pending/x-1.rectimap-pending")).hasContent("steps");
        try (GeoPackageStore store = GeoPackageStore.open(copy, AccessMode.READ_ONLY)) {
            assertThat(store.layers()).isNotEmpty();
        }
        assertThat(Files.readAllLines(target.config().resolve("recent.txt")))
                .containsExactly(copy.toString(), "/data/责任区.gpkg");
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(target.config().resolve("settings.properties"))) {
            settings.load(in);
        }
        assertThat(settings.getProperty("view." + copy)).isEqualTo("500000.000 3870000.000 12.500000");
        assertThat(settings.getProperty("review.name")).isEqualTo("王某");
        assertThat(LegacyFolderMove.run(legacy, target).nothingToDo()).isTrue();
    }

    @Test
    void whatTheNewFolderAlreadyHoldsIsNeverOverwritten() throws Exception {
        Files.createDirectories(target.config());
        Files.writeString(target.config().resolve("recent.txt"), "/newer.gpkg\n");

        LegacyFolderMove.Outcome outcome = LegacyFolderMove.run(legacy, target);

        assertThat(target.config().resolve("recent.txt")).hasContent("/newer.gpkg");
        assertThat(outcome.leftBehind()).containsExactly(legacy.resolve("recent.txt"));
        assertThat(legacy.resolve("recent.txt")).exists();
        assertThat(target.data().resolve("yanhu-sample-project.gpkg")).exists();
    }
}
