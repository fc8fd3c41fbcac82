package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import rectimap.media.PhotoLayer;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;

/**
 * The photos a township's work package carries, read from the shared project: the township's photos by the rule
 * the database applies to a township account ({@code rectimap_photo_mine}) — a photo linked to a feature the
 * township holds ({@link PgTownship}: the packaged planning features; of any other layer with photos, those whose
 * point on surface lies in the township), and a 照片 point linked to no feature by its own position. Every other
 * township's photos stay on the server: the package is the township's work, and every picture costs ~0.4 MB.
 *
 * @param points the township's 照片 points with their row versions
 * @param links  per layer, the township's features' links (feature id, photo id), the 照片 layer's included
 * @param sha256 photo id → SHA-256 of every photo linked above (the photos' identity across stores)
 */
record TownshipPhotos(List<VersionedFeature> points, Map<String, List<Link>> links, Map<Long, String> sha256) {

    /** One mapping row: a feature and a photo. */
    record Link(long featureId, long photoId) {
    }

    /** No photos (a project published before the photo tables). */
    static TownshipPhotos none() {
        return new TownshipPhotos(List.of(), Map.of(), Map.of());
    }

    /**
     * The township's photos, in the caller's (repeatable-read) transaction.
     *
     * @param packaged per planning layer, the ids of the packaged features
     */
    static TownshipPhotos read(Connection c, String schema, PgTownship place, Map<String, long[]> packaged,
            List<LayerInfo> layers) throws SQLException {
        if (!PgPhotoTables.present(c, schema)) {
            return none();
        }
        Map<String, String> relations = PgPhotoTables.relations(c, schema);
        Map<String, Set<Long>> held = new HashMap<>();
        for (LayerInfo info : layers) {
            if (info.tableName().equals(PhotoLayer.TABLE)) {
                continue;
            }
            long[] ids = packaged.containsKey(info.tableName()) ? packaged.get(info.tableName())
                    : relations.containsKey(info.tableName()) ? place.featureIds(c, schema, info) : new long[0];
            held.put(info.tableName(), new HashSet<>(Arrays.stream(ids).boxed().toList()));
        }
        Set<Long> placedHere = new HashSet<>(Arrays.stream(place.featureIds(c, schema, PhotoLayer.info())).boxed()
                .toList());
        List<VersionedFeature> points = new ArrayList<>();
        for (VersionedFeature row : new PgLayerTable(schema, PhotoLayer.info()).readAll(c)) {
            Feature point = row.feature();
            String layer = point.text(PhotoLayer.LINKED_LAYER);
            Object fid = point.get(PhotoLayer.LINKED_FID);
            boolean mine = layer == null || layer.isEmpty() || !(fid instanceof Number number)
                    ? placedHere.contains(point.id())
                    : held.getOrDefault(layer, Set.of()).contains(number.longValue());
            if (mine) {
                points.add(row);
            }
        }
        held.put(PhotoLayer.TABLE, new HashSet<>(points.stream().map(p -> p.feature().id()).toList()));
        Map<String, List<Link>> links = new LinkedHashMap<>();
        Set<Long> photos = new HashSet<>();
        for (Map.Entry<String, String> relation : relations.entrySet()) {
            Set<Long> features = held.getOrDefault(relation.getKey(), Set.of());
            if (features.isEmpty()) {
                continue;
            }
            List<Link> rows = linksOf(c, qualified(schema, relation.getValue()), features);
            rows.forEach(l -> photos.add(l.photoId()));
            if (!rows.isEmpty()) {
                links.put(relation.getKey(), rows);
            }
        }
        return new TownshipPhotos(points, links, sha256Of(c, schema, photos));
    }

    private static List<Link> linksOf(Connection c, String mapping, Set<Long> features) throws SQLException {
        List<Link> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT base_id, related_id FROM " + mapping
                + " WHERE base_id = ANY (?) ORDER BY base_id, related_id")) {
            query.setArray(1, c.createArrayOf("bigint", features.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Link(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return rows;
    }

    private static Map<Long, String> sha256Of(Connection c, String schema, Set<Long> photos) throws SQLException {
        Map<Long, String> sha = new TreeMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id, sha256 FROM "
                + qualified(schema, PgPhotoTables.MEDIA) + " WHERE id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("bigint", photos.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sha.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return sha;
    }
}
