package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * KML as GDAL reads it (issue 12, point 14): a {@code gx:Track} is a line (it counted as no geometry); an empty
 * {@code <coordinates/>} is a record without geometry, left out and counted, not a fatal error; a MultiGeometry of
 * a line and a point (GDAL: a GEOMETRYCOLLECTION) becomes, in a new layer, the collection ogr2ogr writes.
 */
class KmlAsGdalReadsTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\""
            + " xmlns:gx=\"http://www.google.com/kml/ext/2.2\"><Document>\n";

    @TempDir
    Path dir;

    @Test
    void aGxTrackIsALine() throws Exception {
        Path kml = kml("track.kml", "<Placemark><name>巡查轨迹</name><gx:Track><when>2026-01-01T00:00:00Z</when>"
                + "<when>2026-01-01T00:01:00Z</when><when>2026-01-01T00:02:00Z</when><gx:coord>111.0 35.0 0</gx:coord>"
                + "<gx:coord>111.01 35.01 0</gx:coord><gx:coord>111.02 35.0 0</gx:coord></gx:Track></Placemark>");
        assertThat(GdalTools.ogrinfo("-al", kml.toString()).output()).contains("LINESTRING");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importedAs(project, kml, "track");

        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.load("track").features().get(0).geometry().toText())
                    .contains("LINESTRING ((111 35, 111.01 35.01, 111.02 35");
        }
    }

    @Test
    void anEmptyCoordinatesElementIsLeftOutAndCounted() throws Exception {
        Path kml = kml("empty.kml", "<Placemark><name>甲</name><Point><coordinates>111,35</coordinates></Point></Placemark>"
                + "<Placemark><name>空</name><Point><coordinates/></Point></Placemark>"
                + "<Placemark><name>乙</name><Point><coordinates>111.01,35.01</coordinates></Point></Placemark>");
        assertThat(GdalTools.ogrinfo("-al", kml.toString()).output()).contains("POINT EMPTY");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importedAs(project, kml, "points");

        assertThat(run.out()).contains("record 2: no geometry", "imported 2 features", "skipped 1");
    }

    @Test
    void aMultiGeometryOfALineAndAPointIsTheCollectionGdalWrites() throws Exception {
        Path kml = kml("mixed.kml", "<Placemark><name>混合</name><MultiGeometry><LineString><coordinates>111,35"
                + " 111.01,35.01</coordinates></LineString><Point><coordinates>111.02,35.02</coordinates></Point>"
                + "</MultiGeometry></Placemark>");
        Path gdal = dir.resolve("gdal.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", gdal.toString(), kml.toString(), "-nln", "mixed").requireSuccess();
        Path project = ExchangeFixtures.project(dir);

        importedAs(project, kml, "mixed");

        List<String> expected = ExchangeFixtures.gdalGeometries(gdal, "mixed");
        assertThat(expected).singleElement().asString().startsWith("GEOMETRYCOLLECTION (LINESTRING");
        assertThat(ExchangeFixtures.gdalGeometries(project, "mixed")).isEqualTo(expected);
    }

    /** Imports {@code kml} as the new layer {@code layer} (English messages) and requires success. */
    private static ExchangeFixtures.CliRun importedAs(Path project, Path kml, String layer) {
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(),
                "--file", kml.toString(), "--layer-name", layer);
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private Path kml(String name, String placemarks) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, HEAD + placemarks + "\n</Document></kml>\n", StandardCharsets.UTF_8);
        return file;
    }
}
