package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.store.PhotoTables;

/**
 * The work package file as the source of the pictures a merge brings to the server: one media row at a time, read
 * only, stored under the id the merge took for it; a row written by hand (no thumbnail) is stored with the picture
 * and thumbnail Rectimap made of it ({@link PackagePhotos.Media#remade()}) and its identity.
 */
final class PackageMedia implements AutoCloseable {
    private final Connection gpkg;

    PackageMedia(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        this.gpkg = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** Inserts {@code media} into the server's media table of {@code schema} as photo {@code id}, in {@code tx}. */
    void copy(Connection tx, String schema, PackagePhotos.Media media, long id) throws SQLException {
        String columns = MediaCopy.COLUMNS.replaceFirst("^id, ", "?, ").replace(", sha256,", ", ?,");
        try (PreparedStatement read = gpkg.prepareStatement("SELECT " + columns + " FROM " + PhotoTables.MEDIA
                + " WHERE id = ?");
                PreparedStatement insert = tx.prepareStatement("INSERT INTO " + qualified(schema,
                        PgPhotoTables.MEDIA) + " (" + MediaCopy.COLUMNS + ") VALUES (" + MediaCopy.values() + ")")) {
            read.setLong(1, id);
            read.setString(2, media.sha256());
            read.setLong(3, media.id());
            try (ResultSet row = read.executeQuery()) {
                MediaCopy.copy(row, insert);
            }
        }
        if (media.remade() != null) {
            try (PreparedStatement update = tx.prepareStatement("UPDATE " + qualified(schema, PgPhotoTables.MEDIA)
                    + " SET data = ?, content_type = 'image/jpeg', thumbnail = ?, width = ?, height = ? WHERE id = ?")) {
                update.setBytes(1, media.remade().jpeg());
                update.setBytes(2, media.remade().thumbnail());
                update.setInt(3, media.remade().widthPx());
                update.setInt(4, media.remade().heightPx());
                update.setLong(5, id);
                update.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        gpkg.close();
    }
}
