package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.install.UserFolders;
import rectimap.media.PhotoImport;
import rectimap.media.PhotoImportOptions;
import rectimap.media.PhotoProgress;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.UserSettingsFile;

/**
 * Issue 17's "a thumbnail shown < 50 ms", in the real window as {@link WindowBench} drives it (Xvfb + xdotool): the planned
 * sample with a geotagged photo (12 MP, exiftool) taken at each of {@value #CASES} supervision cases, imported as
 * {@code photos --import} does; the app opened on it, its map showing those cases, left to go idle; then a click
 * (xdotool) on each case in turn. Per click: from the moment xdotool returned (the click sent) to the frame with the
 * photo strip's thumbnail handed to the screen ({@code rectimap-frame thumb-shown}, see {@code ui.photos
 * .ThumbnailTrace}); also from the app's own click event ({@code input identify}). Printed: the first click in the
 * fresh app, the median and p95 of the later clicks (each a photo not shown before), and of clicks on cases shown
 * before (the thumbnail kept in memory). Run by {@code bench/run window}, or alone: {@code bench/run thumbnails}.
 */
public final class ThumbnailWindowBench {
    private static final int CASES = Integer.getInteger("bench.thumbnails.cases", 12);

    private ThumbnailWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("thumbnail-bench");
        Process xvfb = WindowBench.xvfb(home);
        try {
            System.out.printf("load at start %s%n", WholeProcess.load());
            Path project = home.resolve("photos.gpkg");
            Path sample = Path.of("maps", "yanhu-sample.gpkg");
            ProjectFiles.createFromSample(sample, project, SamplePlanning.generate(AtlasBench.reference(sample)))
                    .close();
            List<Coordinate> clicked = photographCases(project, home.resolve("photos"));
            rememberView(home, project, clicked);
            // Without the FX-thread probe (a task every 2 ms): the clicks alone are timed.
            System.setProperty("bench.appJavaOptions", (System.getProperty("bench.appJavaOptions", "")
                    + " -Drectimap.trace.probeMs=0").trim());
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            AppExit exit = new AppExit(home);
            Process app = WindowBench.startApp(home, project, WindowBench.LAUNCHER_COMPILER, lines, exit);
            try {
                long deadline = System.nanoTime() + 180_000_000_000L;
                while (new ArrayList<>(lines).stream().noneMatch(l -> l.contains(" shown "))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                WindowBench.awaitIdle(lines, app);
                if (app.isAlive()) {
                    measure(app, lines, clicked);
                } else {
                    app.waitFor();
                    System.out.printf("not measured, %s%n", exit.describe(app));
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
            System.out.printf("load at end %s%n", WholeProcess.load());
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Takes a photo at each of the first {@code CASES} supervision cases (the planned sample has 7), nearest to the
     * first one first, and imports them; answers where the cases are (display CRS, metres).
     */
    private static List<Coordinate> photographCases(Path project, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Feature> cases;
        try (ProjectFile file = ProjectFiles.openReadOnly(project)) {
            cases = ProjectAssembler.assemble(project, file.store()).layer(SupervisionCaseSchema.TABLE).orElseThrow()
                    .layer().features();
        }
        CrsTransform toGrid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        List<Coordinate> grid = cases.stream().map(f -> toGrid.apply(((Point) f.geometry()).getX(),
                ((Point) f.geometry()).getY())).toList();
        Coordinate first = grid.get(0);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> grid.get(i).distance(first)));
        List<Coordinate> chosen = new ArrayList<>();
        for (int i : order) {
            Coordinate at = grid.get(i);
            if (chosen.size() < CASES) {
                Point lonLat = (Point) cases.get(i).geometry();
                Path photo = TestPhotos.jpeg(folder.resolve(String.format("IMG_%02d.jpg", chosen.size())), 4000, 3000,
                        chosen.size());
                TestPhotos.geotag(photo, lonLat.getX() + 0.00003, lonLat.getY(), "2026:11:02 10:20:30", 90);
                chosen.add(at);
            }
        }
        System.out.printf("  of %d cases%n", cases.size());
        try (ProjectFile file = ProjectFiles.openForOneTransaction(project)) {
            new PhotoImport(ProjectAssembler.assemble(file.file(), file.store()),
                    GeoPackagePhotoArchive.of(file.store()), PhotoImportOptions.defaults(), PhotoProgress.NONE)
                    .fromFolder(folder);
        }
        return chosen;
    }

    /** The app opens the project on a view showing every clicked case (the user's remembered view of it). */
    private static void rememberView(Path home, Path project, List<Coordinate> clicked) {
        Envelope extent = new Envelope();
        clicked.forEach(extent::expandToInclude);
        double mpp = Math.max(1, Math.max(extent.getWidth() / 700, extent.getHeight() / 450));
        System.setProperty(UserFolders.HOME_PROPERTY, home.toString());
        new UserSettingsFile(UserFolders.current().config().resolve("settings.properties")).write(
                "view." + project.toAbsolutePath().normalize(), String.format(Locale.ROOT, "%.3f %.3f %.6f",
                        extent.centre().x, extent.centre().y, mpp));
        System.out.printf("  %d cases with a photo each, shown at %.1f m a pixel%n", clicked.size(), mpp);
    }

    private static void measure(Process app, List<String> trace, List<Coordinate> clicked) throws Exception {
        String[] view = new ArrayList<>(trace).stream().filter(l -> l.startsWith("rectimap-frame view ")).reduce((a, b) -> b)
                .orElseThrow().split(" ");
        double cx = Double.parseDouble(view[3]);
        double cy = Double.parseDouble(view[4]);
        double mpp = Double.parseDouble(view[5]);
        double left = Double.parseDouble(view[8]) + Double.parseDouble(view[6]) / 2;
        double top = Double.parseDouble(view[9]) + Double.parseDouble(view[7]) / 2;
        String log = System.getProperty("bench.window.log");   // every trace line and the screen, for a closer look
        List<Click> clicks = new ArrayList<>();
        List<Map<String, Long>> cpu = new ArrayList<>();
        // Each case once (a photo not shown before), then the first ones again (its thumbnail kept in memory).
        for (int k = 0; k < clicked.size() + clicked.size() / 2; k++) {
            Coordinate at = clicked.get(k % clicked.size());
            WindowBench.xdotool("mousemove", String.valueOf(Math.round(left + (at.x - cx) / mpp)),
                    String.valueOf(Math.round(top - (at.y - cy) / mpp)));
            Thread.sleep(400);
            int from = trace.size();
            cpu.add(ThreadCpu.of(app.pid()));
            WindowBench.xdotool("click", "1");
            long sent = System.nanoTime();
            Thread.sleep(1500);
            List<String> lines = new ArrayList<>(trace);
            clicks.add(Click.of(lines.subList(from, lines.size()), sent));
            cpu.add(ThreadCpu.of(app.pid()));
        }
        if (log != null) {
            Files.write(Path.of(log + "-" + app.pid() + ".txt"), new ArrayList<>(trace));
            new ProcessBuilder("import", "-display", WindowBench.display, "-window", "root", log + "-" + app.pid() + ".png")
                    .inheritIO().start().waitFor();
        }
        int once = clicked.size();
        double[] later = clicks.subList(1, once).stream().mapToDouble(Click::fromEventMs).toArray();
        double[] again = clicks.subList(once, clicks.size()).stream().mapToDouble(Click::fromEventMs).toArray();
        System.out.printf("click on a case -> frame with its photo's thumbnail shown, from the app's click event:"
                + " first in the fresh app %.0f ms; later photos (not shown before) median %.0f ms, p95 %.0f ms"
                + " (%d clicks); a photo shown before median %.0f ms (%d clicks)  (NaN: none within 1.5 s)%n",
                clicks.get(0).fromEventMs(), ImportBench.median(shown(later)), Percentiles.of(shown(later), 95),
                later.length, ImportBench.median(shown(again)), again.length);
        System.out.printf("  medians of all clicks: identify lists the case %.0f ms, then the thumbnail read and"
                + " decoded %.0f ms, then the frame with it shown %.0f ms; from xdotool's return %.0f ms%n",
                part(clicks, Click::listedMs), part(clicks, Click::readMs), part(clicks, Click::paintedMs),
                part(clicks, Click::fromSentMs));
        System.out.printf("  [from the click event %s; read and decoded %s]%n",
                rounded(clicks.stream().mapToDouble(Click::fromEventMs).toArray()),
                rounded(clicks.stream().mapToDouble(Click::readMs).toArray()));
        System.out.printf("  CPU ms of the first click: %s; of the %d later ones: %s%n", ThreadCpu.since(cpu.get(0),
                cpu.get(1)), clicks.size() - 1, ThreadCpu.since(cpu.get(2), cpu.get(cpu.size() - 1)));
    }

    private static double part(List<Click> clicks, java.util.function.ToDoubleFunction<Click> part) {
        double[] values = shown(clicks.stream().mapToDouble(part).toArray());
        return values.length == 0 ? Double.NaN : ImportBench.median(values);
    }

    /**
     * One click, in ms: from xdotool's return and from the app's click event ({@code input identify}) to the first
     * thumbnail shown; and its parts: event to the strip asking ({@code thumb-asked}), asking to the thumbnail set
     * ({@code thumb-set}), set to shown. NaN when no thumbnail was shown.
     */
    private record Click(double fromSentMs, double fromEventMs, double listedMs, double readMs, double paintedMs) {
        static Click of(List<String> lines, long sentNanos) {
            long event = first(lines, "input identify", 3);
            long asked = first(lines, "thumb-asked", 2);
            long set = first(lines, "thumb-set", 2);
            long shown = first(lines, "thumb-shown", 2);
            if (shown < 0 || event < 0) {
                return new Click(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Click(Math.max(0, shown - sentNanos) / 1e6, (shown - event) / 1e6, (asked - event) / 1e6,
                    (set - asked) / 1e6, (shown - set) / 1e6);
        }

        /** The nanosecond stamp (field {@code field}) of the first trace line of this kind; -1 when none. */
        private static long first(List<String> lines, String kind, int field) {
            return lines.stream().filter(l -> l.startsWith("rectimap-frame " + kind + " "))
                    .mapToLong(l -> Long.parseLong(l.split(" ")[field])).findFirst().orElse(-1);
        }
    }

    private static double[] shown(double[] latencies) {
        return Arrays.stream(latencies).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static String rounded(double[] values) {
        return Arrays.toString(Arrays.stream(values).map(Math::rint).toArray());
    }
}
