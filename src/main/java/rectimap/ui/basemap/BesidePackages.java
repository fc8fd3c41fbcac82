package rectimap.ui.basemap;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import rectimap.model.StoreException;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.store.BulkProgress;
import rectimap.ui.Messages;
import rectimap.ui.OpenProjectFile;

/**
 * Basemap packages left in the project's tile folder — by an earlier version, which kept every download there, or
 * by a move into the project that could not finish (the window closed while another program held the file, a full
 * disk) — are moved into the project file when it is opened for editing, each in ONE transaction between edits
 * ({@link OpenProjectFile#moveInTilePackage}). Moved rather than only found there, so the project file alone carries
 * its offline ground: mailed, copied or opened in QGIS without a folder beside it. A project open read-only keeps
 * them where they are; the map finds them there too. Called on the FX thread; answers on it.
 */
final class BesidePackages {
    private BesidePackages() {
    }

    /**
     * Moves each package beside {@code project} into {@code file}; {@code status} hears each one moved or why it was
     * not, {@code moved} runs after each one moved (so the map opens the basemap again from the project).
     */
    static void moveIn(Path project, OpenProjectFile file, Messages messages, Consumer<String> status,
                       Runnable moved) {
        for (Path beside : ProjectBasemaps.packagesBeside(project)) {
            file.moveInTilePackage(beside, BulkProgress.NONE, () -> { }).whenComplete((tiles, failure) ->
                    Platform.runLater(() -> {
                        if (failure == null) {
                            moved.run();
                            status.accept(messages.format("basemap.movedIn", tiles, beside.getFileName()));
                        } else if (failure instanceof StoreException store) {
                            status.accept(messages.format("basemap.notMovedIn", beside, messages.sentence(store)));
                        }
                        // A project not open for editing keeps its packages beside it: nothing to say.
                    }));
        }
    }
}
