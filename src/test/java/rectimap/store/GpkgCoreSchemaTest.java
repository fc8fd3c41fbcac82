package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.GeometryKind;

/** The GeoPackage 1.3 facts of a file we write, read back with plain SQLite and from the file's header bytes. */
class GpkgCoreSchemaTest {
    @TempDir
    Path dir;

    @Test
    void headerCarriesGpkgApplicationIdAndVersion10300() throws IOException {
        Path file = dir.resolve("new.gpkg");
        GeoPackageStore.create(file).close();

        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 100);

        assertThat(header.getInt(68)).as("application_id 'GPKG'").isEqualTo(0x47504B47);
        assertThat(header.getInt(60)).as("user_version").isEqualTo(10300);
    }

    @Test
    void spatialRefSysHasTheRequiredRowsAndCgcs2000() throws SQLException {
        Path file = dir.resolve("srs.gpkg");
        GeoPackageStore.create(file).close();

        List<String> rows = new ArrayList<>();
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = sqlite.createStatement();
             ResultSet row = sql.executeQuery("SELECT srs_id, organization, organization_coordsys_id, definition"
                     + " FROM gpkg_spatial_ref_sys ORDER BY srs_id")) {
            while (row.next()) {
                rows.add(row.getInt(1) + " " + row.getString(2) + " " + row.getInt(3) + " "
                        + row.getString(4).substring(0, Math.min(20, row.getString(4).length())));
            }
        }

        assertThat(rows).containsExactly("-1 NONE -1 undefined", "0 NONE 0 undefined",
                "4326 EPSG 4326 GEOGCS[\"WGS 84\",DATU", "4490 EPSG 4490 GEOGCS[\"China Geodet",
                "4546 EPSG 4546 PROJCS[\"CGCS2000 / 3");
    }

    @Test
    void contentsRowHoldsTitleNoteBoundsAndSrs() throws SQLException {
        Path file = dir.resolve("contents.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("village", GeometryKind.POINT, "村庄", "POINT (111 35)", "POINT (111.2 35.1)"));
        }

        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = sqlite.createStatement();
             ResultSet row = sql.executeQuery("SELECT data_type, identifier, description, min_x, min_y, max_x, max_y,"
                     + " srs_id FROM gpkg_contents WHERE table_name = 'village'")) {
            assertThat(row.getString(1)).isEqualTo("features");
            assertThat(row.getString(2)).isEqualTo("村庄");
            assertThat(row.getString(3)).isEqualTo("示意几何，非测绘成果 (village)");
            assertThat(new double[] {row.getDouble(4), row.getDouble(5), row.getDouble(6), row.getDouble(7)})
                    .containsExactly(111, 35, 111.2, 35.1);
            assertThat(row.getInt(8)).isEqualTo(4490);
        }
    }
}
