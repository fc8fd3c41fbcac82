package rectimap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;

/**
 * A row of the photos' media table as the GeoPackage writes and reads it, for every store that keeps the same
 * columns (the project file's {@code gpkgext_rectimap_photos}, the shared project's {@code rectimap_photos}): the
 * column lists, how a {@link NewPhoto} is bound and how a {@link Photo} is read back, so both stores agree on every
 * value (time as {@code yyyy-MM-dd HH:mm:ss} text, the tag's Chinese label, JPEG content type).
 */
public final class MediaRows {
    /** The columns an insert names, in the order {@link #bind} binds them (content_type is a constant). */
    public static final String INSERT_COLUMNS = "data, content_type, file_name, sha256, taken_at, lon, lat, direction,"
            + " tag, who, width, height, added_at, thumbnail, original";
    /** The VALUES list matching {@link #INSERT_COLUMNS}. */
    public static final String INSERT_VALUES = "?, 'image/jpeg', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** The columns a {@link Photo} is read from by {@link #photo}, of the media table aliased {@code p}. */
    public static final String COLUMNS = "p.id, p.file_name, p.sha256, p.taken_at, p.lon, p.lat, p.direction, p.tag,"
            + " p.who, p.width, p.height";
    /** How many columns {@link #COLUMNS} reads: the caller's own columns follow. */
    public static final int COLUMN_COUNT = 11;

    private MediaRows() {
    }

    /** Binds {@code photo} to the parameters of an insert into {@link #INSERT_COLUMNS} from parameter 1 on. */
    public static void bind(PreparedStatement insert, NewPhoto photo) throws SQLException {
        Photo facts = photo.facts();
        insert.setBytes(1, photo.picture().jpeg());
        insert.setString(2, facts.fileName());
        insert.setString(3, facts.sha256());
        setText(insert, 4, facts.takenAt() == null ? null : facts.takenAt().toString().replace('T', ' '));
        setReal(insert, 5, facts.lon());
        setReal(insert, 6, facts.lat());
        setReal(insert, 7, facts.directionDeg());
        setText(insert, 8, facts.tag() == PhotoTag.UNTAGGED ? null : facts.tag().label());
        setText(insert, 9, facts.who().isBlank() ? null : facts.who());
        insert.setInt(10, photo.picture().widthPx());
        insert.setInt(11, photo.picture().heightPx());
        insert.setString(12, Instant.now().toString());
        insert.setBytes(13, photo.picture().thumbnail());
        if (photo.original() == null) {
            insert.setNull(14, Types.BINARY);
        } else {
            insert.setBytes(14, photo.original());
        }
    }

    /** The photo of the current row of a query that selected {@link #COLUMNS} first. */
    public static Photo photo(ResultSet row) throws SQLException {
        String taken = row.getString(4);
        return new Photo(row.getLong(1), row.getString(2), row.getString(3),
                taken == null ? null : LocalDateTime.parse(taken.replace(' ', 'T')), real(row, 5), real(row, 6),
                real(row, 7), PhotoTag.of(row.getString(8)), row.getString(9), row.getInt(10), row.getInt(11));
    }

    private static Double real(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setReal(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
