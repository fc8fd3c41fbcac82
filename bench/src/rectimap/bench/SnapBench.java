package rectimap.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import rectimap.edit.OverlapPolicy;
import rectimap.model.LayerRules;
import rectimap.model.Project;
import rectimap.model.Selection;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.tool.CommandBasis;
import rectimap.tool.PointerEvent;
import rectimap.tool.PointerKind;
import rectimap.tool.SelectTool;
import rectimap.tool.Snapper;
import rectimap.tool.ToolContext;

/**
 * Pointer-move cost of the tools on the stress set (100,000 polygons, 2,000 roads of 500 vertices): one
 * {@link Snapper#snap} and one select click per position, at street scale (0.5 m per pixel) and at town scale
 * (5 m per pixel, a 60 m tolerance meeting many features). The issue asks hit-testing under 5 ms.
 */
public final class SnapBench {
    private static final int WARM_UP = 2_000;
    private static final int POSITIONS = 2_000;

    private SnapBench() {
    }

    public static void main(String[] args) {
        List<RenderLayer> layers = RenderLayer.forDisplay(new StressSet().layers());
        Envelope extent = new Envelope(layers.get(0).extent());
        System.out.printf("stress set: %d polygons, %d roads; %d pointer positions after %d warm-up%n",
                layers.get(0).size(), layers.get(1).size(), POSITIONS, WARM_UP);
        for (double metresPerPixel : new double[] {0.5, 5}) {
            time(layers, extent, metresPerPixel);
        }
    }

    private static void time(List<RenderLayer> layers, Envelope extent, double metresPerPixel) {
        Snapper snapper = new Snapper();
        SelectTool select = new SelectTool();
        Random random = new Random(7);
        CommandBasis basis = new CommandBasis(new Project(null, layers.stream().map(RenderLayer::mapLayer).toList()),
                LayerRules.NONE, OverlapPolicy.AVOID);
        double[] snapMs = new double[POSITIONS];
        double[] hitMs = new double[POSITIONS];
        int snapped = 0;
        for (int i = 0; i < WARM_UP + POSITIONS; i++) {
            double x = extent.getMinX() + random.nextDouble() * extent.getWidth();
            double y = extent.getMinY() + random.nextDouble() * extent.getHeight();
            Viewport viewport = new Viewport(x, y, metresPerPixel, 1600, 1000);
            ToolContext context = new ToolContext(viewport, layers, null, Selection.empty(), snapper, basis, r -> { });
            long start = System.nanoTime();
            boolean hit = snapper.snap(800, 500, context).isPresent();
            long snappedAt = System.nanoTime();
            select.onPointer(PointerEvent.of(PointerKind.PRESS, 800, 500), context);
            select.onPointer(PointerEvent.of(PointerKind.RELEASE, 800, 500), context);
            long selectedAt = System.nanoTime();
            if (i >= WARM_UP) {
                snapMs[i - WARM_UP] = (snappedAt - start) / 1e6;
                hitMs[i - WARM_UP] = (selectedAt - snappedAt) / 1e6;
                snapped += hit ? 1 : 0;
            }
        }
        System.out.printf("%.1f m/px: snap median %.3f ms, p95 %.3f ms, max %.2f ms (snapped %d of %d); "
                + "select click median %.3f ms, p95 %.3f ms%n", metresPerPixel, median(snapMs), p95(snapMs),
                Arrays.stream(snapMs).max().orElse(0), snapped, POSITIONS, median(hitMs), p95(hitMs));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)];
    }
}
