package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.style.Rgba;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * Issue 3's performance targets on a project holding 100,000 planning polygons (responsibility areas of the real
 * schema): time to first frame (open for editing + load + {@code RenderLayer.forDisplay} + one 1600×1000
 * {@link ImageSurface} frame), edit acknowledged to disk (submit → COMMIT returned, 500 single-feature moves through
 * the journal, after 50 warm-up edits), hit-test ({@code RenderLayer.hits}, 12 px at 1:10,000, 2,000 random points
 * after 200 warm-up) and retained heap; then what each SQLite durability setting costs per commit. Run: {@code bench/run edit}.
 */
public final class EditBench {
    private static final int POLYGONS = 100_000;
    private static final int WARM_UP_EDITS = 50;
    private static final int EDITS = 500;
    private static final int HIT_TESTS = 2_000;
    private static final String TABLE = ResponsibilityAreaSchema.TABLE;

    private EditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("edit-bench");
        Path file = dir.resolve("bench.gpkg");
        long start = System.nanoTime();
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(PlanningPolygons.layer(POLYGONS));
        }
        System.out.printf("edit, %,d planning polygons: project written in %.0f ms (%.1f MB)%n", POLYGONS,
                ms(start), Files.size(file) / 1e6);
        System.gc();

        start = System.nanoTime();
        ProjectFile project = ProjectFiles.open(file);
        double openMs = ms(start);
        Layer layer = project.store().load(TABLE);
        double loadMs = ms(start) - openMs;
        MapLayer mapLayer = new MapLayer(layer, SampleStyles.defaultFor(GeometryKind.MULTIPOLYGON), true, 1.0);
        RenderLayer render = RenderLayer.forDisplay(mapLayer);
        double indexMs = ms(start) - openMs - loadMs;
        Viewport full = Viewport.fitting(render.extent(), 1600, 1000, 0);
        ImageSurface surface = new ImageSurface(1600, 1000, MapRenderer.SCREEN_DPI, Rgba.WHITE,
                MapFonts.Choice.SYSTEM_FIRST);
        MapRenderer.forScreen().render(List.of(render), full, surface, List.of());
        double firstFrameMs = ms(start);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
        System.out.printf("  first frame: %.0f ms (open for editing %.0f + load %.0f + project/index %.0f + frame %.0f);"
                + " retained heap %.0f MB (max %.0f MB)%n", firstFrameMs, openMs, loadMs, indexMs,
                firstFrameMs - openMs - loadMs - indexMs, heapMb, runtime.maxMemory() / 1e6);

        double[] editMs = edits(project.journal().orElseThrow(), layer);
        System.out.printf("  edit acknowledged to disk (%d single-feature moves): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                EDITS, Percentiles.of(editMs, 50), Percentiles.of(editMs, 95), Percentiles.of(editMs, 100));

        render.prepareIndex();
        EditRepaint.run(mapLayer, render);

        double[] hitMs = hitTests(render);
        System.out.printf("  hit-test (%d points, 12 px at 1:10000): p50 %.3f ms, p95 %.3f ms%n", HIT_TESTS,
                Percentiles.of(hitMs, 50), Percentiles.of(hitMs, 95));
        project.close();

        CommitLatencyProbe.run(file);
        Files.delete(file);
        Files.delete(dir);
    }

    private static double[] edits(GeoPackageJournal journal, Layer layer) {
        double[] ms = new double[EDITS];
        for (int i = 0; i < WARM_UP_EDITS + EDITS; i++) {
            // A different feature each time, spread over the table, so every edit's "before" is the stored one.
            Feature before = layer.features().get((int) ((i * 7919L) % POLYGONS));
            Feature after = PlanningPolygons.feature(before.id(), 0.00001);
            ChangeSet step = new ChangeSet("移动 责任区 " + before.id(),
                    List.of(FeatureChange.replaced(TABLE, before, after)));
            long start = System.nanoTime();
            journal.recordDone(step).join();
            if (i >= WARM_UP_EDITS) {
                ms[i - WARM_UP_EDITS] = ms(start);
            }
        }
        return ms;
    }

    private static double[] hitTests(RenderLayer render) {
        Envelope extent = render.extent();
        Viewport view = Viewport.fitting(extent, 1600, 1000, 0).atScale(10_000, MapRenderer.SCREEN_DPI);
        double toleranceMetres = 12 * view.metresPerPixel();
        Random random = new Random(3);
        double[] ms = new double[HIT_TESTS];
        int found = 0;
        for (int i = 0; i < 200 + HIT_TESTS; i++) {
            double x = extent.getMinX() + random.nextDouble() * extent.getWidth();
            double y = extent.getMinY() + random.nextDouble() * extent.getHeight();
            long start = System.nanoTime();
            found += render.hits(x, y, toleranceMetres).size();
            if (i >= 200) {
                ms[i - 200] = ms(start);
            }
        }
        if (found == 0) {
            throw new IllegalStateException("no hit at all: the probe points miss the layer");
        }
        return ms;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
