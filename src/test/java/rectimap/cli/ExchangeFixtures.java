package rectimap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import rectimap.campaign.planning.PlanningSchema;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.model.Layer;
import rectimap.store.GdalTools;
import rectimap.store.ProjectFiles;

/**
 * Inputs for the import tests as the outside world writes them: a seed CSV with WKT (Chinese names, numbers, dates)
 * turned by GDAL's ogr2ogr into GeoJSON, KML, CSV and GeoPackage; a project made from the committed sample.
 */
final class ExchangeFixtures {
    static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");

    /** Two valid polygons; the seed of every polygon input. */
    static final String POLYGONS_CSV = """
            WKT,name,person,tons,sites,since
            "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",解州镇 1 号片区,张三,25.5,4,2026-03-02
            "POLYGON ((111.02 35.0,111.03 35.0,111.03 35.01,111.0212345678 35.01,111.02 35.0))","北相镇,东段",李四,12.25,7,2026-04-15
            """;

    /** One valid polygon and one bowtie (self-intersecting). */
    static final String WITH_BOWTIE_CSV = """
            WKT,name,person,tons,sites,since
            "POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",解州镇 1 号片区,张三,25.5,4,2026-03-02
            "POLYGON ((111.04 35.0,111.05 35.01,111.05 35.0,111.04 35.01,111.04 35.0))",蝴蝶,王五,0.5,1,2026-05-01
            """;

    /** Points for the CSV and XLSX tests. */
    static final String POINTS_CSV = """
            WKT,name,person,tons,sites,since
            "POINT (111.001 35.002)",解州镇卫生院,张三,25.5,4,2026-03-02
            "POINT (111.0123456789 35.0234567891)",北相镇垃圾站,李四,12.25,7,2026-04-15
            """;

    private ExchangeFixtures() {
    }

    /** A new project at {@code dir/项目.gpkg}: the sample district's reference layers and empty planning layers. */
    static Path project(Path dir) {
        Path file = dir.resolve("项目.gpkg");
        List<Layer> planning = new ArrayList<>();
        for (PlanningSchema schema : PlanningSchemas.all()) {
            planning.add(new Layer(schema.info(), List.of()));
        }
        ProjectFiles.createFromSample(SAMPLE, file, planning).close();
        return file;
    }

    /** {@code seed} written as a CSV and converted by ogr2ogr to {@code driver} at {@code out} (EPSG:4490). */
    static Path gdalMade(Path dir, String seed, String driver, Path out, String... extra) throws IOException {
        Path csv = dir.resolve("seed-" + System.nanoTime() + ".csv");
        Files.writeString(csv, seed, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("-f", driver, out.toString(), csv.toString(),
                "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES",
                List.of(extra).contains("-t_srs") ? "-s_srs" : "-a_srs", "EPSG:4490", "-nln", "片区"));
        args.addAll(List.of(extra));
        GdalTools.ogr2ogr(args.toArray(String[]::new)).requireSuccess();
        return out;
    }

    /** Runs the command line; returns exit code, output and errors. */
    static CliRun cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RectimapCli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record CliRun(int code, String out, String err) {
    }

    /** The geometries of {@code layer} in {@code gpkg} as ogrinfo prints them (GDAL's WKT), in feature order. */
    static List<String> gdalGeometries(Path gpkg, String layer) {
        java.util.regex.Matcher wkt = java.util.regex.Pattern.compile("(?m)^  ((?:MULTI)?(?:POLYGON|LINESTRING|POINT)"
                + "|GEOMETRYCOLLECTION) \\(.*$").matcher(GdalTools.ogrinfo("-al", "-q", gpkg.toString(), layer).output());
        List<String> found = new ArrayList<>();
        while (wkt.find()) {
            found.add(wkt.group().strip());
        }
        return found;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
