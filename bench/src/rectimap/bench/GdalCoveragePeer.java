package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The coverage check as a GIS user would script it with GDAL: the project's townships and responsibility areas in a
 * GeoPackage, then one {@code ogrinfo} process running SQLite SQL with SpatiaLite — per township the area of the
 * township minus the union of its areas, and the pairs of areas (joined through the R-tree) whose interiors overlap.
 * It finds the same gaps and overlaps as areas and counts, without pieces, neighbours or slivers.
 */
final class GdalCoveragePeer {
    private static final String GAPS = "SELECT t.code, ST_Area(ST_Difference(t.geom, (SELECT ST_Union(z.geom) FROM"
            + " responsibility_area z WHERE z.township = t.name))) AS gap FROM township t";
    private static final String OVERLAPS = "SELECT count(*) AS overlaps FROM responsibility_area a"
            + " JOIN rtree_responsibility_area_geom r ON r.id > a.fid AND r.minx <= ST_MaxX(a.geom)"
            + " AND r.maxx >= ST_MinX(a.geom) AND r.miny <= ST_MaxY(a.geom) AND r.maxy >= ST_MinY(a.geom)"
            + " JOIN responsibility_area b ON b.fid = r.id WHERE ST_Overlaps(a.geom, b.geom)";

    private GdalCoveragePeer() {
    }

    /** Wall-clock and processor milliseconds (user + system of both ogrinfo processes) of each round. */
    record Times(double[] wallMs, double[] cpuMs) {
    }

    private static final java.util.regex.Pattern CPU = java.util.regex.Pattern.compile("cpu ([0-9.]+) ([0-9.]+)");

    /** Writes {@code project}'s two layers to a GeoPackage and times {@code rounds} whole ogrinfo runs. */
    static Times times(Project project, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("coverage-gdal");
        Path gpkg = dir.resolve("coverage.gpkg");
        GeoPackageStore.create(gpkg).close();
        try (GeoPackageStore store = GeoPackageStore.open(gpkg, AccessMode.READ_WRITE)) {
            store.write(project.layer("township").orElseThrow().layer());
            store.write(project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer());
        }
        double[] times = new double[rounds];
        double[] cpu = new double[rounds];
        try {
            for (int i = 0; i < rounds; i++) {
                WholeProcess.Run run = WholeProcess.time(List.of("/usr/bin/time", "-f", "cpu %U %S", "sh", "-c",
                        "ogrinfo -q '" + gpkg + "' -sql \"" + GAPS + "\" && ogrinfo -q '" + gpkg + "' -sql \""
                                + OVERLAPS + "\""), Map.of());
                if (!run.output().contains("overlaps (Integer") || !run.output().contains("gap (Real)")) {
                    throw new IllegalStateException("ogrinfo gave no result:\n" + run.output());
                }
                java.util.regex.Matcher used = CPU.matcher(run.output());
                if (!used.find()) {
                    throw new IllegalStateException("/usr/bin/time gave no processor time:\n" + run.output());
                }
                times[i] = run.ms();
                cpu[i] = (Double.parseDouble(used.group(1)) + Double.parseDouble(used.group(2))) * 1000;
            }
            return new Times(times, cpu);
        } finally {
            Files.deleteIfExists(gpkg);
            Files.deleteIfExists(dir);
        }
    }
}
