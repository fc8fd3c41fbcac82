package rectimap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.StoreException;
import rectimap.print.SheetContent;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The project {@code print} draws and {@code identify} reads: a GeoPackage read as the app reads it; the shipped
 * reference sample (which has no planning layers) gets the sample's planning features in memory, as the app's sample
 * project opens with them.
 */
final class PrintProject {

    private PrintProject() {
    }

    /** Reads the project and makes its layers ready to draw. */
    static SheetContent load(Path file, Path defaultSample) {
        return SheetContent.of(read(file, defaultSample));
    }

    /**
     * Reads the project, with the sample's planning features when it is the shipped sample.
     *
     * @throws IllegalArgumentException when the file cannot be read as a project (the message says why)
     */
    static Project read(Path file, Path defaultSample) {
        Project project;
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(file, store);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage() + " (" + e.problem() + ")", e);
        }
        boolean planning = project.layers().stream().anyMatch(l -> l.info().role() == LayerRole.PLANNING);
        if (!planning && file.toAbsolutePath().normalize().equals(defaultSample.toAbsolutePath().normalize())) {
            List<MapLayer> layers = new ArrayList<>(project.layers());
            List<Layer> reference = project.layers().stream().map(MapLayer::layer).toList();
            for (Layer layer : SamplePlanning.generate(reference)) {
                layers.add(new MapLayer(layer, SampleStyles.forTableOrDefault(layer.tableName(),
                        layer.info().type().geometryKind()), true, 1.0));
            }
            project = project.withLayers(layers);
        }
        return project;
    }
}
