package rectimap.bench;

import java.util.List;
import java.util.Set;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.style.Rgba;
import rectimap.render.ImageSurface;
import rectimap.render.MapFonts;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * The map's side of an edit on a 100,000-feature layer, as {@code MapViewModel.showEdited} does it on the FX thread:
 * the edited project ({@code ChangeApplier}), the render layer updated from the previous one
 * ({@code RenderLayer.withMapLayer}: only the moved feature projected, the index patched) and the repaint of a
 * 1600 × 1000 view at 1:10,000 around the feature. Side by side, what the update used to cost: projecting and
 * indexing the whole layer again ({@code RenderLayer.forDisplay} plus the index).
 */
final class EditRepaint {
    private static final int WARM_UP = 30;
    private static final int EDITS = 200;
    private static final int FULL_REBUILDS = 5;
    private static final String TABLE = ResponsibilityAreaSchema.TABLE;

    private EditRepaint() {
    }

    static void run(MapLayer start, RenderLayer startRender) {
        Project project = new Project(null, List.of(start));
        RenderLayer render = startRender;
        Viewport area = Viewport.fitting(render.extent(), 1600, 1000, 0).atScale(10_000, MapRenderer.SCREEN_DPI);
        ImageSurface surface = new ImageSurface(1600, 1000, MapRenderer.SCREEN_DPI, Rgba.WHITE,
                MapFonts.Choice.SYSTEM_FIRST);
        MapRenderer renderer = MapRenderer.forScreen();
        double[] applyMs = new double[EDITS];
        double[] updateMs = new double[EDITS];
        double[] repaintMs = new double[EDITS];
        int size = start.layer().features().size();
        for (int i = 0; i < WARM_UP + EDITS; i++) {
            List<Feature> features = project.layers().get(0).layer().features();
            Feature before = features.get((int) ((i * 7919L) % size));
            Feature after = PlanningPolygons.feature(before.id(), 0.00002 * (1 + i % 3));
            ChangeSet step = new ChangeSet("移动 责任区 " + before.id(),
                    List.of(FeatureChange.replaced(TABLE, before, after)));
            long t0 = System.nanoTime();
            project = ChangeApplier.apply(project, step);
            long t1 = System.nanoTime();
            render = render.withMapLayer(project.layers().get(0));
            long t2 = System.nanoTime();
            Viewport view = new Viewport(render.extent().getMinX() + (i * 7919L % 400) * 100,
                    area.centerY(), area.metresPerPixel(), area.widthPx(), area.heightPx());
            surface.clear(Rgba.WHITE);
            renderer.render(List.of(render), view, surface, Set.of());
            long t3 = System.nanoTime();
            if (i >= WARM_UP) {
                applyMs[i - WARM_UP] = (t1 - t0) / 1e6;
                updateMs[i - WARM_UP] = (t2 - t1) / 1e6;
                repaintMs[i - WARM_UP] = (t3 - t2) / 1e6;
            }
        }
        surface.dispose();
        double[] rebuildMs = new double[FULL_REBUILDS];
        for (int i = 0; i < FULL_REBUILDS; i++) {
            long t0 = System.nanoTime();
            RenderLayer.forDisplay(project.layers().get(0)).prepareIndex();
            rebuildMs[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("  edit shown on the map (%d single-feature moves, %,d features): apply to the project p50 %.1f"
                        + " / p95 %.1f ms; render layer updated p50 %.2f / p95 %.2f ms; repaint at 1:10,000 p50 %.1f /"
                        + " p95 %.1f ms%n", EDITS, size, Percentiles.of(applyMs, 50), Percentiles.of(applyMs, 95),
                Percentiles.of(updateMs, 50), Percentiles.of(updateMs, 95), Percentiles.of(repaintMs, 50),
                Percentiles.of(repaintMs, 95));
        System.out.printf("  the same update by projecting and indexing the whole layer again (before): median %.0f ms"
                + " (%d runs)%n", Percentiles.of(rebuildMs, 50), FULL_REBUILDS);
    }
}
