package rectimap.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.BelongingFeatures;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/**
 * The 照片 layer: one point per placed photo (where it was taken, else at the feature it was attached to), so the
 * photos show on the map and in GIS programs. The picture itself is in the media table, reached by
 * {@code media_id}; {@code linked_layer}/{@code linked_fid} repeat the feature the photo belongs to (the Related
 * Tables mapping is the authoritative link), so deleting that feature deletes its points in the same step
 * ({@link BelongingFeatures}). Reference role: its points are written by photo imports, not drawn.
 */
public final class PhotoLayer {
    public static final String TABLE = "photo";
    public static final String MEDIA_ID = "media_id";
    public static final String FILE_NAME = "file_name";
    public static final String TAKEN_AT = "taken_at";
    public static final String TAG = "tag";
    public static final String WHO = "who";
    public static final String DIRECTION = "direction";
    public static final String LINKED_LAYER = BelongingFeatures.LINKED_LAYER;
    public static final String LINKED_FID = BelongingFeatures.LINKED_FID;
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private PhotoLayer() {
    }

    /** The layer's description as written into a project. */
    public static LayerInfo info() {
        return new LayerInfo(new FeatureType(TABLE, GeometryKind.POINT, List.of(
                new Field(MEDIA_ID, FieldType.INTEGER), new Field(FILE_NAME, FieldType.TEXT),
                new Field(TAKEN_AT, FieldType.TEXT), new Field(TAG, FieldType.TEXT), new Field(WHO, FieldType.TEXT),
                new Field(DIRECTION, FieldType.REAL), new Field(LINKED_LAYER, FieldType.TEXT),
                new Field(LINKED_FID, FieldType.INTEGER))),
                "照片", LayerRole.REFERENCE, Provenance.SURVEYED, "整改前后照片的拍摄位置", Epsg.CGCS2000);
    }

    /**
     * The point of {@code photo} on this layer as feature {@code fid}: at its point (lon/lat degrees, which must be
     * set), naming media row {@code mediaId}, its file, time, tag, who, direction and the feature it belongs to.
     */
    public static Feature point(long fid, long mediaId, NewPhoto photo) {
        Photo facts = photo.facts();
        Map<String, Object> values = new HashMap<>();
        values.put(MEDIA_ID, mediaId);
        values.put(FILE_NAME, facts.fileName());
        if (facts.takenAt() != null) {
            values.put(TAKEN_AT, facts.takenAt().toString().replace('T', ' '));
        }
        if (facts.tag() != PhotoTag.UNTAGGED) {
            values.put(TAG, facts.tag().label());
        }
        if (!facts.who().isBlank()) {
            values.put(WHO, facts.who());
        }
        if (facts.directionDeg() != null) {
            values.put(DIRECTION, facts.directionDeg());
        }
        if (photo.link() != null) {
            values.put(LINKED_LAYER, photo.link().tableName());
            values.put(LINKED_FID, photo.link().featureId());
        }
        return new Feature(fid, LON_LAT.createPoint(new Coordinate(photo.pointLon(), photo.pointLat())), values);
    }
}
