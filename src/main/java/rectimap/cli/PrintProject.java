package rectimap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.cases.CaseSheetLights;
import rectimap.campaign.place.VillageAreas;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.print.SheetContent;

/**
 * The project {@code print} draws and {@code identify} reads: a GeoPackage read as the app reads it; the shipped
 * reference sample (which has no planning layers) gets the sample's planning features in memory, as the app's sample
 * project opens with them.
 */
final class PrintProject {

    private PrintProject() {
    }

    /** Reads the project and makes its layers ready to draw. */
    static SheetContent load(String file, Path defaultSample, List<String> args, PrintStream err) {
        Project project = read(file, defaultSample, args, err);
        return SheetContent.of(project, CaseSheetLights::onDay, VillageAreas.of(project)::lonLat);
    }

    /**
     * Reads the project, with the sample's planning features when it is the shipped sample; a rolled-back unfinished
     * write is told on {@code err} ({@link ProjectReading}).
     *
     * @throws rectimap.model.StoreException when the file cannot be read as a project
     */
    static Project read(String where, Path defaultSample, List<String> args, PrintStream err) {
        Project project;
        try (ReadProject read = ProjectReading.open(where, args, err)) {
            project = ProjectAssembler.assemble(read.label(), read.store());
        }
        boolean planning = project.layers().stream().anyMatch(l -> l.info().role() == LayerRole.PLANNING);
        if (!planning && project.file().toAbsolutePath().normalize()
                .equals(defaultSample.toAbsolutePath().normalize())) {
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
