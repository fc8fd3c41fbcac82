package rectimap.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * One township frame (解州镇, 1600 × 1200 px, 96 dpi) warm in one process, Rectimap's renderer on the Java2D image
 * the window shows against QGIS 3 rendering the same GeoPackage's layers over exactly the same extent
 * ({@code bench/qgis/frame.py}, PyQGIS offscreen, parallel layer rendering), alternating, {@value #ROUNDS} rounds.
 * Medians of {@value #FRAMES} frames after warm-up on each side ({@value #WARM_UP} frames here, 3 for QGIS), in
 * wall-clock, and the mean processor time of the whole process per frame (both sides paint on several threads; on a loaded machine the processor time is the steadier
 * figure); neither side's start is counted: warm against warm. Run: {@code bench/run township}.
 */
public final class TownshipFrameBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1200;
    private static final int FRAMES = 21;
    private static final int ROUNDS = 3;
    /** Frames painted before timing: the JIT's optimising compiler has a frame's code by then, as in a window in use. */
    private static final int WARM_UP = 100;
    private static final Pattern QGIS_LINE = Pattern.compile(
            "QGIS .*?frame median ([0-9.]+) ms.*?cpu mean ([0-9.]+) ms.*");

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
        FrameTimer timer = new FrameTimer(WARM_UP, FRAMES);
        List<String> peer = List.of("/usr/bin/python3", Path.of("bench", "qgis", "frame.py").toString(),
                SampleFrames.SAMPLE.toString(), String.valueOf(extent.getMinX()), String.valueOf(extent.getMinY()),
                String.valueOf(extent.getMaxX()), String.valueOf(extent.getMaxY()), String.valueOf(WIDTH),
                String.valueOf(HEIGHT), String.valueOf(FRAMES));
        for (int round = 1; round <= ROUNDS; round++) {
            FrameTimer.Result ours = timer.time(layers, view);
            RenderBench.report("round " + round + " Rectimap", ours);
            String output = WholeProcess.time(peer, Map.of("QT_QPA_PLATFORM", "offscreen")).output();
            Matcher qgis = QGIS_LINE.matcher(output);
            if (!qgis.find()) {
                System.out.println("QGIS peer gave no figure (needs Debian python3-qgis):\n" + output);
                continue;
            }
            double qgisMs = Double.parseDouble(qgis.group(1));
            double qgisCpuMs = Double.parseDouble(qgis.group(2));
            System.out.printf("round %d QGIS  %s%n", round, qgis.group());
            System.out.printf("round %d, warm vs warm, medians of %d frames: wall %.1f vs QGIS %.1f ms = %.2f;"
                    + " processor (mean) %.1f vs QGIS %.1f ms a frame = %.2f  (load %s)%n", round, FRAMES, ours.medianMs(),
                    qgisMs, ours.medianMs() / qgisMs, ours.cpuMeanMs(), qgisCpuMs, ours.cpuMeanMs() / qgisCpuMs,
                    WholeProcess.load());
        }
        System.out.printf("load at end %s%n", WholeProcess.load());
    }
}
