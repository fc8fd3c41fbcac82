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
     * Opens a shared project ({@code postgresql://…} address; {@code password} null = from .pgpass/PGPASSFILE).
     * Background thread; throws {@link rectimap.model.StoreException}, or IllegalArgumentException for an address
     * that cannot be read.
     */
    default LoadedProject loadShared(String address, char[] password) {
        throw new UnsupportedOperationException("this loader opens project files only");
    }

    /**
     * The file {@link #load} opens for {@code file} (e.g. the built-in sample's working copy for the sample),
     * without touching the disk; any thread.
     */
    default Path fileOpenedFor(Path file) {
        return file;
    }

    /**
     * Creates a new project at {@code target} with the reference layers of {@code districtFile} (a GeoPackage, e.g.
     * the built-in sample) and empty planning layers; returns the file to open. Background thread.
     */
    default Path create(Path target, Path districtFile) {
        throw new UnsupportedOperationException("this loader only opens projects");
    }

    /**
     * The settings of the person using the app (profile, panel sizes, each project's last view), kept outside any
     * project file; by default only for this window's lifetime.
     */
    default rectimap.model.ProjectSettings userSettings() {
        return rectimap.model.ProjectSettings.inMemory(java.util.Map.of());
    }

    /** Recently opened projects, newest first. */
    default java.util.List<Path> recent() {
        return java.util.List.of();
    }

    /** Reads layers of other GeoPackages for import (over the store); by default GeoPackage import is unavailable. */
    default rectimap.exchange.SourceOpener.GeoPackageLayers geoPackageLayers() {
        return (file, table) -> {
            throw new rectimap.exchange.ExchangeException(rectimap.exchange.ExchangeProblem.UNSUPPORTED, file, -1,
                    "GeoPackage import is not available in this window");
        };
    }

    /** Writes a layer as a new GeoPackage for export (over the store); by default unavailable. */
    default rectimap.exchange.LayerExport.GeoPackageWriter geoPackageWriter() {
        return (file, layer) -> {
            throw new java.io.IOException("GeoPackage export is not available in this window");
        };
    }
}
