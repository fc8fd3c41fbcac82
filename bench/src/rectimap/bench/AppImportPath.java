package rectimap.bench;

import java.nio.file.Path;
import rectimap.app.StoredProjectFile;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.SourceOptions;
import rectimap.model.LayerRole;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The import wizard's new-layer path without the window: a project opened for editing (lock, store, journal
 * thread), and the file streamed in through {@link StoredProjectFile#importNewLayer} exactly as the wizard's
 * {@code ImportJob} calls it (options as detected, the file's CRS, repair invalid geometries); the wizard's
 * progress callback (a coalesced property update every 500 features) is left out.
 */
final class AppImportPath {
    private AppImportPath() {
    }

    /** Creates {@code project} and imports {@code shp} into it as a new reference layer; the features written. */
    static long importNewLayer(Path shp, Path project) {
        GeoPackageStore.create(project).close();
        try (ProjectFile file = ProjectFiles.open(project)) {
            StoredProjectFile open = new StoredProjectFile(file);
            NewLayerImport request = new NewLayerImport(new SourceOpener(new GeoPackageExchange()),
                    SourceOptions.detect(), new ImportPlan(shp, new ImportTarget.NewLayer("parcels", "地块",
                    LayerRole.REFERENCE), 0, InvalidGeometryPolicy.REPAIR));
            return open.importNewLayer(request, ImportProgress.NONE).join().imported();
        }
    }
}
