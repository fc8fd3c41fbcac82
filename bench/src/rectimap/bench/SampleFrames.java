package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Feature;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/** The sample part of the bench: {@code maps/yanhu-sample.gpkg} at full extent and zoomed to one township. */
final class SampleFrames {

    static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    /** A demonstration town in the south-west of the district. */
    static final String TOWNSHIP = "解州镇";

    private SampleFrames() {
    }

    static void run(FrameTimer timer, FrameTimer onePass, int width, int height) {
        if (!Files.exists(SAMPLE)) {
            System.out.println("sample: " + SAMPLE + " not found, skipped");
            return;
        }
        long start = System.nanoTime();
        Project project;
        try (GeoPackageStore store = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(SAMPLE, store);
        }
        long loaded = System.nanoTime();
        List<RenderLayer> layers = RenderLayer.forDisplay(project.layers());
        long built = System.nanoTime();
        System.out.printf("sample: read in %.0f ms; projected, indexed and generalised in %.0f ms%n",
                (loaded - start) / 1e6, (built - loaded) / 1e6);
        Viewport full = Viewport.fitting(RenderBench.extentOf(layers), width, height, 20);
        RenderBench.report("sample, full extent", timer.time(layers, full));
        RenderBench.report("  in one pass", onePass.time(layers, full));
        Viewport township = Viewport.fitting(townshipExtent(layers), width, height, 20);
        RenderBench.report("sample, one township", timer.time(layers, township));
        RenderBench.report("  in one pass", onePass.time(layers, township));
    }

    /** The display envelope of {@link #TOWNSHIP} (its lon/lat envelope's corners projected). */
    static Envelope townshipExtent(List<RenderLayer> layers) {
        for (RenderLayer layer : layers) {
            if (layer.tableName().equals("township")) {
                for (Feature feature : layer.mapLayer().layer().features()) {
                    if (feature.text("name").equals(TOWNSHIP)) {
                        Envelope display = new Envelope();
                        // The township's display envelope: ask the layer where its features are.
                        Envelope lonLat = feature.geometry().getEnvelopeInternal();
                        var toDisplay = rectimap.geo.CrsTransform.between(4490, 4546);
                        display.expandToInclude(toDisplay.apply(lonLat.getMinX(), lonLat.getMinY()));
                        display.expandToInclude(toDisplay.apply(lonLat.getMaxX(), lonLat.getMaxY()));
                        return display;
                    }
                }
            }
        }
        throw new IllegalStateException("no township " + TOWNSHIP + " in " + SAMPLE);
    }
}
