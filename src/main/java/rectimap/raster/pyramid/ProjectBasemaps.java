package rectimap.raster.pyramid;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import rectimap.raster.RasterException;

/**
 * The basemap packages downloaded into a project: tile tables whose gpkg_contents description is
 * {@link #DESCRIPTION_PREFIX} followed by the source's id (which never holds a key). Looked up when a service is
 * opened, so its tiles come from the project first and the map works offline.
 */
public final class ProjectBasemaps {
    /** How a downloaded package names its source in gpkg_contents.description. */
    public static final String DESCRIPTION_PREFIX = "rectimap-basemap ";

    private ProjectBasemaps() {
    }

    /** The package of {@code sourceId} in {@code project}, opened read-only; empty when there is none. */
    public static Optional<TilePyramid> find(Path project, String sourceId) {
        try (Connection connection = SqliteReadOnly.open(project);
             PreparedStatement sql = connection.prepareStatement("SELECT table_name FROM gpkg_contents"
                     + " WHERE data_type = 'tiles' AND description = ?")) {
            sql.setString(1, DESCRIPTION_PREFIX + sourceId);
            try (ResultSet row = sql.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(GeoPackageTiles.open(project, row.getString(1)));
            }
        } catch (SQLException | RasterException e) {
            return Optional.empty();
        }
    }
}
