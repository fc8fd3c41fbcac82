package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;

/**
 * The spatial index stays right when features change through plain SQL, as GDAL, QGIS or a later edit command
 * would change them: the spec's triggers do the work, with our ST_ functions registered on the connection.
 */
class RtreeTriggerTest {
    @TempDir
    Path dir;

    private Path fileWithThreeVillages() {
        Path file = dir.resolve("triggers.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("village", GeometryKind.POINT, "村庄",
                    "POINT (111 35)", "POINT (111.1 35.1)", "POINT (111.2 35.2)"));
        }
        return file;
    }

    @Test
    void queryReturnsExactlyTheFeaturesWhoseEnvelopeIntersects() {
        try (GeoPackageStore store = GeoPackageStore.open(fileWithThreeVillages(), AccessMode.READ_ONLY)) {
            assertThat(store.query("village", new Envelope(111.05, 111.15, 35.05, 35.15)))
                    .extracting(Feature::id).containsExactly(2L);
            // Touching the box edge counts as intersecting; the R-tree's float bounds would also admit near misses.
            assertThat(store.query("village", new Envelope(111.1, 111.2, 35.1, 35.2)))
                    .extracting(Feature::id).containsExactly(2L, 3L);
            assertThat(store.query("village", new Envelope(111.1000001, 111.19999, 35.1000001, 35.19999))).isEmpty();
            assertThat(store.query("village", new Envelope())).isEmpty();
        }
    }

    @Test
    void updateInsertAndDeleteThroughSqlKeepTheIndexRight() throws Exception {
        Path file = fileWithThreeVillages();
        GpkgGeometryCodec codec = new GpkgGeometryCodec();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            GpkgEnvelopeFunctions.registerOn(sql);
            try (PreparedStatement move = sql.prepareStatement("UPDATE village SET geom = ? WHERE fid = 1");
                 PreparedStatement add = sql.prepareStatement("INSERT INTO village (fid, geom, name) VALUES (9, ?, '新村')");
                 Statement delete = sql.createStatement()) {
                move.setBytes(1, codec.encode(new WKTReader().read("POINT (110.8 34.9)"), 4490));
                move.executeUpdate();
                add.setBytes(1, codec.encode(new WKTReader().read("POINT (111.15 35.15)"), 4490));
                add.executeUpdate();
                delete.executeUpdate("DELETE FROM village WHERE fid = 3");
            }
        }

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.query("village", new Envelope(110.7, 110.9, 34.8, 35.0))).extracting(Feature::id)
                    .containsExactly(1L);
            assertThat(store.query("village", new Envelope(110.95, 111.05, 34.95, 35.05))).isEmpty();
            assertThat(store.query("village", new Envelope(111.1, 111.3, 35.1, 35.3))).extracting(Feature::id)
                    .containsExactly(2L, 9L);
        }
    }

    @Test
    void withoutTheFunctionsTheSpecTriggersRefuseTheEdit() throws SQLException {
        // Why every writing connection registers them: plain SQLite does not know ST_IsEmpty.
        Path file = fileWithThreeVillages();
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement update = sql.createStatement()) {
            assertThatThrownBy(() -> update.executeUpdate("UPDATE village SET geom = geom WHERE fid = 1"))
                    .hasMessageContaining("ST_");
        }
    }
}
