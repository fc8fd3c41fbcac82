package rectimap.raster.pyramid;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rectimap.raster.RasterException;

/**
 * The basemap packages downloaded for a project: tile tables whose gpkg_contents description is
 * {@link #DESCRIPTION_PREFIX} followed by the source's id (which never holds a key), in the project file itself
 * (where both the command line's {@code basemap download} and the window's 下载底图 store them), or in a GeoPackage
 * of their own in the project's tile folder ({@link #fileFor}): where the window builds a download before moving it
 * into the project, where earlier versions left it, and where it stays while the project is open read-only or the
 * move failed. Looked up when a service is opened, so its tiles come from the package first and the map works
 * offline.
 */
public final class ProjectBasemaps {
    /** How a downloaded package names its source in gpkg_contents.description. */
    public static final String DESCRIPTION_PREFIX = "rectimap-basemap ";
    /** What the tile folder beside a project adds to the project's name: {@code plan.gpkg} → {@code plan.tiles}. */
    public static final String FOLDER_SUFFIX = ".tiles";

    private ProjectBasemaps() {
    }

    /** A table name from a source id: {@code basemap_} and the id's letters and digits, e.g. basemap_tianditu_img_c. */
    public static String tableFor(String sourceId) {
        String name = sourceId.replaceAll("^[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
        if (name.length() > 40) {
            name = name.substring(0, 32) + "_" + Integer.toHexString(sourceId.hashCode());
        }
        return ("basemap_" + name).toLowerCase(Locale.ROOT);
    }

    /** The folder beside {@code project} that holds its downloaded packages: {@code plan.gpkg} → {@code plan.tiles}. */
    public static Path folderOf(Path project) {
        String name = project.getFileName().toString().replaceFirst("(?i)\\.gpkg$", "");
        return project.toAbsolutePath().resolveSibling(name + FOLDER_SUFFIX);
    }

    /** The package file of {@code sourceId} for {@code project}: {@code plan.tiles/<table>.gpkg}. */
    public static Path fileFor(Path project, String sourceId) {
        return folderOf(project).resolve(tableFor(sourceId) + ".gpkg");
    }

    /**
     * The finished packages in {@code project}'s tile folder ({@code *.gpkg}, not a download's part), in name order;
     * empty when there is no folder.
     */
    public static List<Path> packagesBeside(Path project) {
        Path folder = folderOf(project);
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg"))
                    .filter(java.nio.file.Files::isRegularFile).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /**
     * The package of {@code sourceId} for {@code project}, opened read-only: the one in the project file, else the
     * one in its tile folder; empty when there is none (or it cannot be read).
     */
    public static Optional<TilePyramid> find(Path project, String sourceId) {
        for (Path file : List.of(project, fileFor(project, sourceId))) {
            Optional<TilePyramid> found = findIn(file, sourceId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<TilePyramid> findIn(Path file, String sourceId) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Connection connection = SqliteReadOnly.open(file);
             PreparedStatement sql = connection.prepareStatement("SELECT table_name FROM gpkg_contents"
                     + " WHERE data_type = 'tiles' AND description = ?")) {
            sql.setString(1, DESCRIPTION_PREFIX + sourceId);
            try (ResultSet row = sql.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(GeoPackageTiles.open(file, row.getString(1)));
            }
        } catch (SQLException | RasterException e) {
            return Optional.empty();
        }
    }
}
