package rectimap.ui;

import java.nio.file.Path;

/**
 * Opens a project file for the window; implemented by the composition root over the GeoPackage store. Called on a
 * background thread; throws {@link rectimap.model.StoreException} when the file cannot be used.
 */
@FunctionalInterface
public interface ProjectLoader {
    LoadedProject load(Path file);
}
