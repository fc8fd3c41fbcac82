package rectimap.store.pg;

import static rectimap.store.pg.PgNames.quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import rectimap.media.PhotoException;
import rectimap.media.PhotoLayer;
import rectimap.media.PhotoProblem;
import rectimap.media.PictureScaling;
import rectimap.media.ScaledPicture;
import rectimap.store.PhotoTables;

/**
 * The photos of a work package as edited — by Rectimap's photo import or drop, or by QGIS/sqlite3 writing the
 * Related Tables Extension's rows by hand — read once from the package: each media row's identity (its SHA-256,
 * which a merge matches against the server's), its file name, and for a row written without Rectimap's thumbnail
 * the picture made as Rectimap stores it (≤ 2560 px JPEG and a 240 px thumbnail); the links of every layer but the
 * 照片 layer (whose links follow its points) as {@link PhotoLink}s; and the links as packaged, when the package
 * has them (a package made before photos travelled has none: its photos are not merged).
 */
record PackagePhotos(Map<Long, Media> media, Set<PhotoLink> links, Set<PhotoLink> base) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One media row of the package: id there, identity, file name, and the picture to store when Rectimap's is missing. */
    record Media(long id, String sha256, String fileName, ScaledPicture remade) {
    }

    /** A link between a feature (layer, fid in the package) and a photo (by SHA-256). */
    record PhotoLink(String table, long fid, String sha256) {
    }

    /** Whether the package carries the base of its links (made by a version whose packages carry photos). */
    boolean tracked() {
        return base != null;
    }

    static PackagePhotos read(Connection c, Path file) throws SQLException, PhotoException {
        Set<PhotoLink> base = PhotoTables.tableExists(c, PackagePhotoFile.BASE_LINKS) ? baseLinks(c) : null;
        Map<Long, Media> media = new HashMap<>();
        Set<PhotoLink> links = new LinkedHashSet<>();
        if (!PhotoTables.tableExists(c, PhotoTables.MEDIA)) {
            return new PackagePhotos(media, links, base);
        }
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT id, sha256, file_name,"
                + " thumbnail IS NULL OR width IS NULL OR height IS NULL FROM " + PhotoTables.MEDIA)) {
            while (rs.next()) {
                media.put(rs.getLong(1), media(c, file, rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)));
            }
        }
        try (PreparedStatement query = c.prepareStatement("SELECT base_table_name, mapping_table_name FROM "
                + PhotoTables.RELATIONS + " WHERE related_table_name = ? ORDER BY id")) {
            query.setString(1, PhotoTables.MEDIA);
            try (ResultSet relation = query.executeQuery()) {
                while (relation.next()) {
                    if (!relation.getString(1).equals(PhotoLayer.TABLE)) {
                        readLinks(c, relation.getString(1), relation.getString(2), media, links);
                    }
                }
            }
        }
        return new PackagePhotos(media, links, base);
    }

    private static Media media(Connection c, Path file, long id, String sha256, String name, boolean bare)
            throws SQLException, PhotoException {
        String fileName = name == null || name.isBlank() ? "#" + id : name;
        if (!bare && sha256 != null && SHA256.matcher(sha256).matches()) {
            return new Media(id, sha256, fileName, null);
        }
        byte[] data;
        try (PreparedStatement query = c.prepareStatement("SELECT data FROM " + PhotoTables.MEDIA
                + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                data = rs.getBytes(1);
            }
        }
        Path named = Path.of(file.getFileName() + " · " + fileName);
        if (data == null || data.length == 0) {
            throw new PhotoException(PhotoProblem.NOT_AN_IMAGE, named, "no picture");
        }
        String identity = sha256 != null && SHA256.matcher(sha256).matches() ? sha256 : PgPhotoTables.sha256(data);
        return new Media(id, identity, fileName, bare ? remade(data, named) : null);
    }

    /** The picture of a row written by hand, stored as Rectimap stores a photo (upright as written). */
    private static ScaledPicture remade(byte[] data, Path named) throws PhotoException {
        Path scratch = null;
        try {
            scratch = Files.createTempFile("rectimap-merge-", ".jpg");
            Files.write(scratch, data);
            return PictureScaling.scale(scratch, 1);
        } catch (IOException e) {
            throw new PhotoException(PhotoProblem.UNREADABLE, named, e.getMessage() == null ? "" : e.getMessage());
        } catch (PhotoException e) {
            throw new PhotoException(e.problem(), named, e.detail());
        } finally {
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException ignored) {
                    // A scratch copy in the temporary folder; the merge does not depend on it.
                }
            }
        }
    }

    private static void readLinks(Connection c, String table, String mapping, Map<Long, Media> media,
            Set<PhotoLink> links) throws SQLException {
        if (!PhotoTables.tableExists(c, mapping)) {
            return;
        }
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT base_id, related_id FROM \""
                + mapping.replace("\"", "\"\"") + "\" ORDER BY base_id, related_id")) {
            while (rs.next()) {
                Media photo = media.get(rs.getLong(2));
                if (photo != null) {
                    links.add(new PhotoLink(table, rs.getLong(1), photo.sha256()));
                }
            }
        }
    }

    private static Set<PhotoLink> baseLinks(Connection c) throws SQLException {
        Set<PhotoLink> base = new HashSet<>();
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT table_name, fid, sha256 FROM "
                + PackagePhotoFile.BASE_LINKS)) {
            while (rs.next()) {
                base.add(new PhotoLink(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return base;
    }
}
