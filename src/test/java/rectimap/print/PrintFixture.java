package rectimap.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The committed sample (maps/yanhu-sample.gpkg) read through the real store, plus the sample's planning features
 * derived from it, as the app's sample project opens: what print tests draw. Built once per test JVM.
 */
final class PrintFixture {

    static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    private static SheetContent content;

    private PrintFixture() {
    }

    static synchronized SheetContent sampleContent() {
        if (content == null) {
            Project project = sampleProject();
            content = SheetContent.of(project, rectimap.campaign.cases.CaseSheetLights::onDay,
                    rectimap.campaign.place.VillageAreas.of(project)::lonLat);
        }
        return content;
    }

    static Project sampleProject() {
        Project reference;
        try (GeoPackageStore store = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            reference = ProjectAssembler.assemble(SAMPLE, store);
        }
        List<MapLayer> layers = new ArrayList<>(reference.layers());
        List<Layer> referenceLayers = reference.layers().stream().map(MapLayer::layer).toList();
        for (Layer planning : SamplePlanning.generate(referenceLayers)) {
            layers.add(new MapLayer(planning, SampleStyles.forTableOrDefault(planning.tableName(),
                    planning.info().type().geometryKind()), true, 0.85));
        }
        return reference.withLayers(layers);
    }
}
