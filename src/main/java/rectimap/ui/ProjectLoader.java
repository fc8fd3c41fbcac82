package rectimap.ui;

import java.nio.file.Path;

/**
 * Opens a project file for the window; implemented by the composition root over the GeoPackage store. Called on a
 * background thread; throws {@link rectimap.model.StoreException} when the file cannot be used.
 */
@FunctionalInterface
public interface ProjectLoader {
    LoadedProject load(Path file);

    /**
     * Creates a new project at {@code target} with the reference layers of {@code districtFile} (a GeoPackage, e.g.
     * the built-in sample) and empty planning layers; returns the file to open. Background thread.
     */
    default Path create(Path target, Path districtFile) {
        throw new UnsupportedOperationException("this loader only opens projects");
    }

    /** Recently opened projects, newest first. */
    default java.util.List<Path> recent() {
        return java.util.List.of();
    }
}
