package rectimap.bench;

import java.nio.file.Path;
import java.util.List;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * One township frame (解州镇, 1600 × 1200 px, 96 dpi) warm in one process, Rectimap's renderer on the Java2D image
 * the window shows against QGIS 3 rendering the same GeoPackage's layers over exactly the same extent
 * ({@code bench/qgis/frame.py}, PyQGIS offscreen, parallel layer rendering), alternating, twice. Medians of
 * {@value #FRAMES} frames after warm-up on each side; neither side's start is counted. Run: {@code bench/run township}.
 */
public final class TownshipFrameBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;
    private static final int FRAMES = 21;

    private TownshipFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        Project project;
        try (GeoPackageStore store = GeoPackageStore.open(SampleFrames.SAMPLE, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(SampleFrames.SAMPLE, store);
        }
        List<RenderLayer> layers = RenderLayer.forDisplay(project.layers());
        Viewport view = Viewport.fitting(SampleFrames.townshipExtent(layers), WIDTH, HEIGHT, 20);
        var extent = view.visibleExtent();
        System.out.printf("extent %.1f %.1f %.1f %.1f (EPSG:4546), load %s%n", extent.getMinX(), extent.getMinY(),
                extent.getMaxX(), extent.getMaxY(), WholeProcess.load());
        FrameTimer timer = new FrameTimer(5, FRAMES);
        for (int round = 1; round <= 2; round++) {
            RenderBench.report("round " + round + " Rectimap", timer.time(layers, view));
            ProcessBuilder peer = new ProcessBuilder("/usr/bin/python3", Path.of("bench", "qgis", "frame.py")
                    .toString(), SampleFrames.SAMPLE.toString(), String.valueOf(extent.getMinX()),
                    String.valueOf(extent.getMinY()), String.valueOf(extent.getMaxX()),
                    String.valueOf(extent.getMaxY()), String.valueOf(WIDTH), String.valueOf(HEIGHT),
                    String.valueOf(FRAMES)).inheritIO();
            peer.environment().put("QT_QPA_PLATFORM", "offscreen");
            System.out.print("round " + round + " ");
            System.out.flush();
            int exit = peer.start().waitFor();
            if (exit != 0) {
                System.out.println("QGIS peer failed (exit " + exit + "; needs Debian python3-qgis)");
            }
        }
        System.out.printf("load at end %s%n", WholeProcess.load());
    }
}
