package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rectimap.media.PhotoLayer;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.store.pg.PackagePhotos.Media;
import rectimap.store.pg.PackagePhotos.PhotoLink;

/**
 * The photo part of a work package merge, planned against the server in the merge's read: which pictures are new
 * (by SHA-256 against the server's {@code rectimap_photos}; a picture the server holds is linked, never stored
 * twice), which links the cadre made or removed (three-way: the package's links against what the last merge left,
 * else the package's base), and where each 照片 point's photo and feature are on the server. A photo attached to a
 * feature the township does not hold (another township's, one refused as outside, one never on the server) is
 * {@link #refused()}: the merge then writes nothing. {@link #write} runs in the merge step's transaction.
 */
final class PhotoMerge {
    /** A link as the server holds it. */
    record ServerLink(String table, long fid, long photo) {
    }

    private final Connection c;
    private final String schema;
    private final PgTownship township;
    private final PackagePhotos photos;
    private final Map<String, Map<Long, Long>> planningFids;
    private final Map<String, LayerInfo> layers;
    private final Map<String, Long> serverIds = new HashMap<>();
    private final Map<String, Long> newIds = new LinkedHashMap<>();
    private final Map<PhotoLink, Boolean> linkRecords = new LinkedHashMap<>();
    private final List<ServerLink> toLink = new ArrayList<>();
    private final List<ServerLink> toUnlink = new ArrayList<>();
    private final List<PhotosOutsideTownship.Photo> refused = new ArrayList<>();

    /**
     * @param planningFids per planning layer, package fid → server fid (packaged, merged before, added now)
     * @param layers       the server's layers by table
     */
    PhotoMerge(Connection c, String schema, PgTownship township, PackagePhotos photos,
            Map<String, Map<Long, Long>> planningFids, Map<String, LayerInfo> layers) throws SQLException {
        this.c = c;
        this.schema = schema;
        this.township = township;
        this.photos = photos;
        this.planningFids = planningFids;
        this.layers = layers;
        Set<String> shas = new HashSet<>();
        photos.media().values().forEach(m -> shas.add(m.sha256()));
        try (PreparedStatement query = c.prepareStatement("SELECT sha256, id FROM "
                + qualified(schema, PgPhotoTables.MEDIA) + " WHERE sha256 = ANY (?)")) {
            query.setArray(1, c.createArrayOf("text", shas.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    serverIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    /** Plans the link changes against {@code recorded}, what earlier merges of this package changed. */
    void planLinks(Map<PhotoLink, Boolean> recorded) throws SQLException {
        Set<PhotoLink> base = new HashSet<>(photos.base());
        recorded.forEach((link, linked) -> {
            if (linked) {
                base.add(link);
            } else {
                base.remove(link);
            }
        });
        for (PhotoLink link : photos.links()) {
            if (!base.contains(link)) {
                Long fid = serverFid(link.table(), link.fid());
                if (fid == null) {
                    refused.add(new PhotosOutsideTownship.Photo(fileName(link.sha256()), link.table(), link.fid()));
                    continue;
                }
                linkRecords.put(link, true);
                long photo = photoId(link.sha256());
                if (!linked(link.table(), fid, photo)) {
                    toLink.add(new ServerLink(link.table(), fid, photo));
                }
            }
        }
        for (PhotoLink link : base) {
            if (!photos.links().contains(link)) {
                linkRecords.put(link, false);
                Long fid = serverFid(link.table(), link.fid());
                Long photo = serverIds.get(link.sha256());
                if (fid != null && photo != null && linked(link.table(), fid, photo)) {
                    toUnlink.add(new ServerLink(link.table(), fid, photo));
                }
            }
        }
    }

    /**
     * The package's 照片 point as the server is to hold it — its photo's and its feature's server ids — or null when
     * its feature is not the township's (or, linked to none, it lies outside the township): then it is refused.
     */
    Feature onServer(Feature point) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>(point.attributes());
        Media media = point.get(PhotoLayer.MEDIA_ID) instanceof Number id ? photos.media().get(id.longValue()) : null;
        values.put(PhotoLayer.MEDIA_ID, media == null ? null : photoId(media.sha256()));
        String layer = point.text(PhotoLayer.LINKED_LAYER);
        Long linked = layer != null && !layer.isEmpty() && point.get(PhotoLayer.LINKED_FID) instanceof Number fid
                ? fid.longValue() : null;
        boolean inside;
        if (linked != null) {
            Long serverFid = serverFid(layer, linked);
            values.put(PhotoLayer.LINKED_FID, serverFid);
            inside = serverFid != null;
        } else {
            inside = township.holds(c, schema, point.geometry());
        }
        if (!inside) {
            String name = media != null ? media.fileName() : point.text(PhotoLayer.FILE_NAME);
            refused.add(new PhotosOutsideTownship.Photo(name == null ? "#" + point.id() : name,
                    linked == null ? PhotoLayer.TABLE : layer, linked == null ? point.id() : linked));
            return null;
        }
        return new Feature(point.id(), point.geometry(), values);
    }

    /** The photos attached to features the township does not hold. */
    List<PhotosOutsideTownship.Photo> refused() {
        return List.copyOf(refused);
    }

    /** Whether the plan writes photo rows (pictures or links) besides the step's 照片 points. */
    boolean writes() {
        return !newIds.isEmpty() || !toLink.isEmpty() || !toUnlink.isEmpty();
    }

    /** The link changes to record in the project's registry. */
    Map<PhotoLink, Boolean> linkRecords() {
        return linkRecords;
    }

    /** How many new pictures, links made and links removed the plan writes. */
    int[] counts() {
        return new int[] {newIds.size(), toLink.size(), toUnlink.size()};
    }

    /** A deterministic account of the plan, for the step's id. */
    String identity() {
        StringBuilder text = new StringBuilder();
        linkRecords.forEach((link, linked) -> text.append(linked ? '+' : '-').append(link.table()).append('#')
                .append(link.fid()).append('=').append(link.sha256()).append('\n'));
        newIds.keySet().forEach(sha -> text.append("photo ").append(sha).append('\n'));
        return text.toString();
    }

    /**
     * Writes the plan in the merge step's transaction {@code tx}, after the step's features: the new pictures
     * (read from {@code pkg}), the links, and the links of the 照片 points the step added or removed.
     */
    void write(Connection tx, PackageMedia pkg, List<rectimap.model.FeatureChange> points) throws SQLException {
        boolean added = points.stream().anyMatch(p -> p.before() == null);
        if (added) {
            PgPhotoLayer.register(tx, schema);
        }
        for (Map.Entry<String, Long> photo : newIds.entrySet()) {
            Media media = photos.media().values().stream().filter(m -> m.sha256().equals(photo.getKey()))
                    .findFirst().orElseThrow();
            pkg.copy(tx, schema, media, photo.getValue());
        }
        for (ServerLink link : toLink) {
            insert(tx, link);
        }
        for (ServerLink link : toUnlink) {
            delete(tx, link.table(), link.fid(), link.photo());
        }
        for (rectimap.model.FeatureChange point : points) {
            if (point.before() != null) {
                delete(tx, PhotoLayer.TABLE, point.before().id(), null);
            }
            if (point.after() != null && point.after().get(PhotoLayer.MEDIA_ID) instanceof Number photo) {
                insert(tx, new ServerLink(PhotoLayer.TABLE, point.after().id(), photo.longValue()));
            }
        }
    }

    private void insert(Connection tx, ServerLink link) throws SQLException {
        String mapping = PgPhotoTables.ensureMapping(tx, schema, link.table());
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO " + qualified(schema, mapping)
                + " (base_id, related_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, link.fid());
            insert.setLong(2, link.photo());
            insert.executeUpdate();
        }
    }

    private void delete(Connection tx, String table, long fid, Long photo) throws SQLException {
        Optional<String> mapping = PgPhotoTables.mapping(tx, schema, table);
        if (mapping.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = tx.prepareStatement("DELETE FROM " + qualified(schema, mapping.get())
                + " WHERE base_id = ?" + (photo == null ? "" : " AND related_id = ?"))) {
            delete.setLong(1, fid);
            if (photo != null) {
                delete.setLong(2, photo);
            }
            delete.executeUpdate();
        }
    }

    /** The server id of the photo {@code sha256}: the server's own, else one taken for the new picture. */
    private long photoId(String sha256) throws SQLException {
        Long known = serverIds.get(sha256);
        if (known != null) {
            return known;
        }
        Long taken = newIds.get(sha256);
        if (taken == null) {
            try (PreparedStatement next = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id'))")) {
                next.setString(1, qualified(schema, PgPhotoTables.MEDIA));
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    taken = rs.getLong(1);
                }
            }
            newIds.put(sha256, taken);
        }
        return taken;
    }

    /**
     * Where the package's feature {@code fid} of {@code table} is on the server when the township holds it: a
     * planning feature through the merge's fids; a feature of another layer (packaged whole, same ids) when it
     * exists and lies in the township; else null.
     */
    private Long serverFid(String table, long fid) throws SQLException {
        Map<Long, Long> planning = planningFids.get(table);
        if (planning != null) {
            return planning.get(fid);
        }
        LayerInfo info = layers.get(table);
        if (info == null || table.equals(PhotoLayer.TABLE)) {
            return null;
        }
        List<VersionedFeature> rows = new PgLayerTable(schema, info).readIds(c, new long[] {fid});
        return !rows.isEmpty() && township.holds(c, schema, rows.get(0).feature().geometry()) ? fid : null;
    }

    private boolean linked(String table, long fid, long photo) throws SQLException {
        Optional<String> mapping = PgPhotoTables.mapping(c, schema, table);
        if (mapping.isEmpty()) {
            return false;
        }
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + qualified(schema, mapping.get())
                + " WHERE base_id = ? AND related_id = ?")) {
            query.setLong(1, fid);
            query.setLong(2, photo);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String fileName(String sha256) {
        return photos.media().values().stream().filter(m -> m.sha256().equals(sha256)).map(Media::fileName)
                .findFirst().orElse(sha256.substring(0, Math.min(8, sha256.length())));
    }
}
