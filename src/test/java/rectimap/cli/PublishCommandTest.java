package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.SetLayerVisibilityCommand;
import rectimap.edit.UndoHistory;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;

/**
 * {@code publish} copies a real project file (sample + planning layers, a display step, an attribute edit, a
 * setting, a layer whose name needs quoting) into a throwaway PostGIS cluster, and the reading commands then give the
 * same answers from the shared project as from the file.
 */
class PublishCommandTest {
    /** A table name that breaks any SQL built without quoting. */
    static final String AWKWARD = "片区 \"A\"; DROP TABLE township; --";
    @TempDir
    static Path dir;
    static Path file;
    static PgCluster cluster;
    static String database;
    static String url;
    static CliConsole published;

    @BeforeAll
    static void publishAProject() throws Exception {
        cluster = PgCluster.shared();
        file = dir.resolve("campaign.gpkg");
        try (ProjectFile project = CliConsole.createPlannedSample(file)) {
            EditSession session = new EditSession(ProjectAssembler.assemble(file, project.store()), new UndoHistory(),
                    project.journal().orElseThrow(), PlanningRules.INSTANCE);
            session.run(new SetLayerVisibilityCommand("road", false));
            session.run(new UpdateAttributesCommand("supervision_case", 4, Map.of("status", "交办")));
            project.settings().write("print.sheet", "title=解州镇\n").join();
            project.journal().orElseThrow().close();
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            GeometryFactory geometry = new GeometryFactory();
            store.write(new Layer(new LayerInfo(new FeatureType(AWKWARD, GeometryKind.POINT,
                    List.of(new Field("名称 \"x\"", FieldType.TEXT), new Field("day", FieldType.DATE))),
                    "奇怪的图层", LayerRole.PLANNING, Provenance.SURVEYED, "", 4490),
                    List.of(new Feature(7, geometry.createPoint(new Coordinate(111.0, 35.0)),
                            Map.of("名称 \"x\"", "it's", "day", java.time.LocalDate.of(2026, 12, 7))))));
        }
        database = cluster.createDatabase();
        url = cluster.url(PgCluster.SUPERUSER, database) + "?schema=campaign";
        published = new CliConsole();
        assertThat(published.run("publish", "--project", file.toString(), "--to", url)).as(published.err()).isZero();
    }

    @Test
    void everyLayerFeatureAndProjectTableArrives() throws Exception {
        assertThat(published.out()).contains("已将项目").contains("rectimap_history").contains("rectimap_settings");
        try (GeoPackageStore gpkg = GeoPackageStore.open(file, AccessMode.READ_ONLY);
                PgFeatureStore pg = PgFeatureStore.open(PgAddress.parse(url), null)) {
            assertThat(pg.layers()).isEqualTo(gpkg.layers());
            for (LayerInfo info : gpkg.layers()) {
                assertThat(pg.load(info.tableName())).as(info.tableName()).isEqualTo(gpkg.load(info.tableName()));
            }
            assertThat(pg.publishedHistory()).isEqualTo(gpkg.history()).hasSize(2);
            assertThat(pg.layerStates()).isEqualTo(gpkg.layerStates()).isNotEmpty();
            assertThat(pg.settings()).containsEntry("print.sheet", "title=解州镇\n");
            assertThat(cluster.psql(PgCluster.SUPERUSER, database, "SELECT count(*) FROM campaign.township")
                    .output()).contains("22");
        }
    }

    @Test
    void geometryIsPostgisWithSridAndSpatialIndex() throws Exception {
        try (Connection c = cluster.superuser(database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT Find_SRID('campaign', 'township', 'geom'),"
                    + " (SELECT type FROM geometry_columns WHERE f_table_schema = 'campaign'"
                    + " AND f_table_name = 'township')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4490);
                assertThat(rs.getString(2)).isEqualTo("MULTIPOLYGON");
            }
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM pg_indexes WHERE schemaname = 'campaign'"
                    + " AND tablename = ? AND indexdef LIKE '%USING gist (geom)%'")) {
                for (String table : List.of("township", "village", "road", AWKWARD)) {
                    q.setString(1, table);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).as(table).isEqualTo(1);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT ST_IsValid(geom), ST_Area(geom::geography) > 1e6"
                    + " FROM campaign.township WHERE name = '解州镇'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void qgisFindsTheStylesInLayerStyles() throws Exception {
        try (Connection c = cluster.superuser(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT f_table_name, styleqml::text FROM public.layer_styles"
                        + " WHERE f_table_catalog = current_database() AND f_table_schema = 'campaign'"
                        + " AND f_geometry_column = 'geom' AND useasdefault AND stylename = 'Rectimap'"
                        + " ORDER BY f_table_name")) {
            int rows = 0;
            boolean road = false;
            while (rs.next()) {
                rows++;
                assertThat(rs.getString(2)).contains("<qgis").contains("renderer-v2");
                road |= rs.getString(1).equals("road");
            }
            assertThat(rows).isGreaterThanOrEqualTo(6);
            assertThat(road).isTrue();
        }
    }

    @Test
    void publishingTwiceChangesNothingAndSaysWhy() throws Exception {
        CliConsole again = new CliConsole();
        assertThat(again.run("publish", "--project", file.toString(), "--to", url)).isEqualTo(2);
        assertThat(again.err()).contains("已有 Rectimap 项目").doesNotContain("Exception");
        CliConsole english = new CliConsole();
        assertThat(english.run("publish", "--project", file.toString(), "--to", url, "--lang", "en")).isEqualTo(2);
        assertThat(english.err()).contains("already holds a Rectimap project");
        int layers;
        try (GeoPackageStore gpkg = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            layers = gpkg.layers().size();
        }
        assertThat(cluster.psql(PgCluster.SUPERUSER, database,
                "SELECT count(*) AS n FROM campaign.rectimap_layer").output()).contains(" " + layers + "\n");
    }

    @Test
    void aSharedProjectIsNotPublishedAgainAndTheSentenceSaysWhatToDo() {
        CliConsole shared = new CliConsole();
        assertThat(shared.run("publish", "--project", url, "--to", url.replace("schema=campaign", "schema=copy")))
                .isEqualTo(2);
        assertThat(shared.err()).contains("已经是共享项目").contains("pg_dump").doesNotContain("Exception");
    }

    @Test
    void readingCommandsGiveTheSameAnswersFromTheSharedProject() throws Exception {
        Path fromFile = dir.resolve("file.geojson");
        Path fromShared = dir.resolve("shared.geojson");
        CliConsole cli = new CliConsole();
        assertThat(cli.run("export-layer", "--project", file.toString(), "--layer", "cleanup_zone", "--out",
                fromFile.toString())).isZero();
        assertThat(cli.run("export-layer", "--project", url, "--layer", "cleanup_zone", "--out",
                fromShared.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(fromShared)).isEqualTo(Files.readString(fromFile));

        Path pngFile = dir.resolve("file.png");
        Path pngShared = dir.resolve("shared.png");
        assertThat(cli.run("render", "--project", file.toString(), "--out", pngFile.toString(), "--width", "400",
                "--height", "300")).isZero();
        assertThat(cli.run("render", "--project", url, "--out", pngShared.toString(), "--width", "400",
                "--height", "300")).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(pngShared)).isEqualTo(Files.readAllBytes(pngFile));

        CliConsole identifyFile = new CliConsole();
        CliConsole identifyShared = new CliConsole();
        identifyFile.run("identify", "--project", file.toString(), "--at", "110.993,35.023");
        identifyShared.run("identify", "--project", url, "--at", "110.993,35.023");
        assertThat(identifyShared.out()).isNotBlank().isEqualTo(identifyFile.out());
    }

    @Test
    void aBadAddressOrADeadServerIsOneSentence() {
        CliConsole cli = new CliConsole();
        assertThat(cli.run("render", "--project", "postgresql://me:secret@127.0.0.1/db", "--out",
                dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("写了密码").doesNotContain("secret");
        CliConsole dead = new CliConsole();
        assertThat(dead.run("export", "--project", "postgresql://me@127.0.0.1:1/db", "--layer", "road", "--format", "geojson",
                "--out", dir.resolve("y.geojson").toString(), "--lang", "en")).isEqualTo(2);
        assertThat(dead.err()).startsWith("export: Cannot reach the database server").contains("db@127.0.0.1:1")
                .doesNotContain("Exception");
    }
}
