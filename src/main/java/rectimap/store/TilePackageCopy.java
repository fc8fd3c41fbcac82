package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.raster.RasterException;
import rectimap.raster.pyramid.GeoPackageTiles;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;

/**
 * Copies a finished basemap package file ({@link TilePackageFile}: a GeoPackage whose tile tables are marked
 * {@code rectimap-basemap <source id>} in gpkg_contents) into a project file, inside the caller's transaction on the
 * project's connection. Each marked table becomes a {@link TilePackage} — table, title, description and grid as the
 * package has them, the tiles it holds — that {@link TilePackageWriter} registers and stores exactly as a download
 * straight into the project does: a table the project has already is added to (tiles replaced, extent grown). The
 * package file is only read.
 */
final class TilePackageCopy {
    private TilePackageCopy() {
    }

    /** A marked tile table of the package and its description. */
    private record Marked(String table, String description) {
    }

    /**
     * Copies every marked table of {@code packageFile} into {@code project}.
     *
     * @return the tiles copied, or -1 when {@code progress} asked to cancel (the caller rolls back)
     * @throws StoreException CORRUPT when the package cannot be read as a tile pyramid
     */
    static long copy(Path packageFile, Connection project, BulkProgress progress) throws SQLException {
        long copied = 0;
        for (Marked marked : markedTables(packageFile)) {
            try (TilePyramid pyramid = GeoPackageTiles.open(packageFile, marked.table())) {
                TileMatrixSet set = pyramid.matrixSet();
                TilePackage pkg = new TilePackage(marked.table(), pyramid.title(), marked.description(), set,
                        tilesIn(packageFile, marked.table(), set));
                GpkgCoreSchema.ensureSrs(project, packageFile, set.crs().epsg());
                long written = new TilePackageWriter(project).write(pkg, pyramid::tileBytes, progress);
                if (written < 0) {
                    return -1;
                }
                copied += written;
            } catch (RasterException e) {
                throw unreadable(packageFile, e);
            }
        }
        return copied;
    }

    private static List<Marked> markedTables(Path packageFile) {
        List<Marked> marked = new ArrayList<>();
        try (Connection connection = readOnly(packageFile);
             PreparedStatement sql = connection.prepareStatement("SELECT table_name, description FROM"
                     + " gpkg_contents WHERE data_type = 'tiles' AND substr(description, 1, ?) = ?"
                     + " ORDER BY table_name")) {
            sql.setInt(1, ProjectBasemaps.DESCRIPTION_PREFIX.length());
            sql.setString(2, ProjectBasemaps.DESCRIPTION_PREFIX);
            try (ResultSet row = sql.executeQuery()) {
                while (row.next()) {
                    marked.add(new Marked(row.getString(1), row.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw unreadable(packageFile, e);
        }
        return marked;
    }

    /** The addresses of the tiles {@code table} holds (a few ten thousand small records at most). */
    private static List<TileAddress> tilesIn(Path packageFile, String table, TileMatrixSet set) {
        List<TileAddress> tiles = new ArrayList<>();
        try (Connection connection = readOnly(packageFile);
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT zoom_level, tile_column, tile_row FROM \""
                     + table.replace("\"", "\"\"") + "\" ORDER BY zoom_level, tile_row, tile_column")) {
            while (row.next()) {
                int zoom = row.getInt(1);
                tiles.add(new TileAddress(set.zoom(zoom).orElseThrow(() -> new StoreException(StoreProblem.CORRUPT,
                        packageFile, "tiles of level " + zoom + " without a gpkg_tile_matrix row")),
                        row.getLong(2), row.getLong(3)));
            }
        } catch (SQLException e) {
            throw unreadable(packageFile, e);
        }
        return tiles;
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static StoreException unreadable(Path packageFile, Exception e) {
        return new StoreException(StoreProblem.CORRUPT, packageFile, "reading the basemap package: "
                + e.getMessage(), e);
    }
}
