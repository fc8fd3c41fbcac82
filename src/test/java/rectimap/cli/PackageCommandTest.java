package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.VersionedFeature;

/**
 * {@code package} cuts 解州镇's work package out of the published sample on a real PostGIS server: the planning
 * features the client's own township rule ({@link DivisionPlaces#townshipAt}) puts in 解州镇, every reference layer
 * whole, the base version of every packaged feature; the file passes GDAL's GeoPackage validator and opens as a
 * Rectimap project. Bad input is one sentence and leaves no file.
 */
class PackageCommandTest {
    @TempDir
    static Path dir;
    static String url;

    @BeforeAll
    static void publishTheSample() {
        url = CliConsole.publishPlannedSample(dir);
    }

    @Test
    void packagesTheTownshipsFeaturesWithTheirBaseVersions() throws Exception {
        Path out = dir.resolve("jiezhou.gpkg");
        CliConsole console = new CliConsole();
        assertThat(console.run("package", "--project", url, "--township", "解州镇", "--out", out.toString()))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("解州镇").contains(out.toString());

        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> serverVersions = new TreeMap<>();
        try (PgFeatureStore server = PgFeatureStore.open(PgAddress.parse(url), null)) {
            Project project = ProjectAssembler.assemble(dir.resolve("server"), server);
            DivisionPlaces places = DivisionPlaces.of(project);
            for (LayerInfo info : server.layers()) {
                for (VersionedFeature row : server.loadVersioned(info.tableName())) {
                    boolean inJiezhou = places.townshipAt(row.feature().geometry())
                            .filter(t -> t.name().equals("解州镇")).isPresent();
                    if (info.role() == LayerRole.REFERENCE || inJiezhou) {
                        expected.put(info.tableName() + "#" + row.feature().id(), row.version());
                    }
                    if (info.role() == LayerRole.PLANNING && inJiezhou) {
                        serverVersions.put(info.tableName() + "#" + row.feature().id(), row.version());
                    }
                }
            }
        }
        assertThat(serverVersions).as("the sample has planning features in 解州镇").hasSizeGreaterThan(3);

        Map<String, Long> packaged = new TreeMap<>();
        try (GeoPackageStore gpkg = GeoPackageStore.open(out, AccessMode.READ_ONLY)) {
            for (LayerInfo info : gpkg.layers()) {
                for (Feature feature : gpkg.load(info.tableName()).features()) {
                    packaged.put(info.tableName() + "#" + feature.id(), 0L);
                }
            }
        }
        assertThat(packaged.keySet()).isEqualTo(expected.keySet());
        assertThat(baseVersions(out)).isEqualTo(serverVersions);

        GdalTools.validateGpkg(out).requireSuccess();
        try (ProjectFile opened = ProjectFiles.open(out)) {
            assertThat(opened.store().layers()).extracting(LayerInfo::tableName).contains("cleanup_zone", "township");
        }
    }

    @Test
    void anUnknownTownshipOrAnExistingFileIsOneSentenceAndNoFile() throws Exception {
        Path out = dir.resolve("nowhere.gpkg");
        CliConsole console = new CliConsole();
        assertThat(console.run("package", "--project", url, "--township", "不存在镇", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(console.err()).contains("不存在镇").contains("解州镇").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(Path::toString).filter(n -> n.endsWith(".writing")).toList()).isEmpty();

        Path existing = Files.writeString(dir.resolve("taken.gpkg"), "mine");
        CliConsole english = new CliConsole();
        assertThat(english.run("package", "--project", url, "--township", "140802100", "--out", existing.toString(),
                "--lang", "en")).isEqualTo(2);
        assertThat(english.err()).contains("exists already").contains(existing.toString());
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    /** The package's base table: layer#fid → version. */
    static Map<String, Long> baseVersions(Path file) throws Exception {
        Map<String, Long> versions = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT table_name, fid, version FROM rectimap_package_base")) {
            while (rs.next()) {
                versions.put(rs.getString(1) + "#" + rs.getLong(2), rs.getLong(3));
            }
        }
        return versions;
    }
}
