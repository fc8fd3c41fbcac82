package rectimap.raster.pyramid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/** Opens a SQLite file for reading only, never creating it; a file that is not SQLite is NOT_A_RASTER. */
final class SqliteReadOnly {
    private SqliteReadOnly() {
    }

    static Connection open(Path file) throws RasterException {
        if (!Files.isRegularFile(file)) {
            throw new RasterException(RasterProblem.FILE_MISSING, file.toString(), "");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            try (var check = connection.createStatement()) {
                check.executeQuery("SELECT count(*) FROM sqlite_master").close();
            } catch (SQLException notSqlite) {
                connection.close();
                throw notSqlite;
            }
            return connection;
        } catch (SQLException e) {
            throw new RasterException(RasterProblem.NOT_A_RASTER, file.toString(), "SQLite", e);
        }
    }
}
