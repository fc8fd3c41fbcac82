package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.StoreException;
import rectimap.ui.LoadedProject;

/**
 * Issue 13, window start: the first project is read from launch on ({@link EditingProjectLoader#startLoading}), in
 * parallel with JavaFX's start; the window's first open of that file takes that reading (it is not read twice), and
 * a failure reaches the window as a direct load's would.
 */
class FirstProjectLoadTest {
    @TempDir
    Path dir;

    @Test
    void theWindowsFirstOpenTakesTheProjectReadAtLaunchForEditing() throws Exception {
        Path file = Files.copy(MainWindowTest.SAMPLE, dir.resolve("区级项目.gpkg"));
        EditingProjectLoader loader = new EditingProjectLoader(MainWindowTest.SAMPLE);

        java.util.concurrent.CompletableFuture<LoadedProject> early = loader.startLoading(file);
        LoadedProject first = loader.load(file);
        try {
            assertThat(first).as("the reading started at launch").isSameAs(early.join());
            assertThat(first.journal()).as("opened for editing, not read-only").isNotNull();
            assertThat(first.project().layers()).isNotEmpty();
            assertThat(first.renderLayers()).isNotEmpty();
        } finally {
            first.file().close();
        }
        // Taken once: a later open of the file reads it again.
        LoadedProject again = loader.load(file);
        try {
            assertThat(again).isNotSameAs(first);
            assertThat(again.journal()).isNotNull();
        } finally {
            again.file().close();
        }
    }

    @Test
    void aFailedEarlyReadFailsTheWindowsOpenAsADirectOneWould() throws Exception {
        Path broken = Files.writeString(dir.resolve("坏文件.gpkg"), "not a GeoPackage");
        EditingProjectLoader loader = new EditingProjectLoader(MainWindowTest.SAMPLE);

        loader.startLoading(broken);

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(StoreException.class);
        assertThat(Files.readString(broken)).isEqualTo("not a GeoPackage");
    }
}
