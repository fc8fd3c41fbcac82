package rectimap.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.ui.LoadedProject;
import rectimap.ui.ProjectLoader;

/**
 * Opens a GeoPackage read-only (view only, no journal), assembles the styled project and builds its render layers
 * (background thread).
 */
final class GeoPackageProjectLoader implements ProjectLoader {

    @Override
    public LoadedProject load(Path file) {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            Project project = ProjectAssembler.assemble(file, store);
            return new LoadedProject(project, renderLayers(project));
        }
    }

    /** Every layer of {@code project} projected to the display CRS and indexed, by table name. Slow: background. */
    static Map<String, RenderLayer> renderLayers(Project project) {
        Map<String, RenderLayer> render = new LinkedHashMap<>();
        for (MapLayer layer : project.layers()) {
            render.put(layer.tableName(), RenderLayer.forDisplay(layer));
        }
        return render;
    }
}
