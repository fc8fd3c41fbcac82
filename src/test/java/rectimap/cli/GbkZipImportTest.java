package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * Zips made on a Chinese Windows (issue 12, point 11): member names in GBK without the UTF-8 flag, as
 * {@code ZipOutputStream(out, GBK)} writes them. GDAL reads such a zip; so do we. A message about a part inside a zip
 * names the zip and the member ({@code 村界.zip!村界.dbf}), never the temporary folder it was extracted to.
 */
class GbkZipImportTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void aZipWithGbkMemberNamesImports() throws Exception {
        Path zip = gbkZip(false);
        assertThat(GdalTools.ogrinfo("-al", "-so", "/vsizip/" + zip).output()).contains("Feature Count: 2");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                zip.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 2 features", "村界");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.load("村界").features()).extracting(f -> f.text("name"))
                    .containsExactly("解州镇 1 号片区", "北相镇,东段");
        }
    }

    @Test
    void aDamagedPartOfAZipIsNamedByZipAndMemberNotByATemporaryPath() throws Exception {
        Path zip = gbkZip(true);
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                zip.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("村界.zip!村界.dbf", "The project is unchanged")
                .doesNotContain("rectimap-shapefile-", "layer.dbf", System.getProperty("java.io.tmpdir") + "/rect");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    /** {@code dir/村界.zip} of a GDAL-made GBK Shapefile, member names in GBK (no UTF-8 flag); .dbf cut short if asked. */
    private Path gbkZip(boolean truncatedDbf) throws Exception {
        Path shapes = Files.createDirectories(dir.resolve("shapes"));
        ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "ESRI Shapefile", shapes.resolve("村界.shp"),
                "-lco", "ENCODING=CP936", "-nln", "村界");
        Path zip = dir.resolve("村界.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), GBK)) {
            for (Path part : Files.list(shapes).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(part);
                if (truncatedDbf && part.toString().endsWith(".dbf")) {
                    bytes = Arrays.copyOf(bytes, bytes.length - 40);
                }
                out.putNextEntry(new ZipEntry(part.getFileName().toString()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        byte[] raw = Files.readAllBytes(zip);
        // General purpose flag bit 11 (UTF-8) unset in the first local header: the names really are GBK bytes.
        assertThat(raw[7] & 0x08).isZero();
        assertThat(new String(raw, GBK)).contains("村界.shp");
        return zip;
    }
}
