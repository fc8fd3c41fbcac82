package rectimap.tool;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;

/**
 * Features made by tools from stored geometries (EPSG:4490 lon/lat): the geometry fitted to the layer's kind (a polygon
 * becomes a one-part multipolygon in a MULTIPOLYGON layer) and the derived fields (area m², 亩, length m; ellipsoidal,
 * by {@link DerivedFields}) computed, so a step never stores a stale area. Pure.
 */
public final class FeatureDraft {
    private FeatureDraft() {
    }

    /** A new feature for {@code layer}: id max + 1 (1 if empty), typed fields null, derived fields computed. */
    public static Feature newFeature(Layer layer, Geometry stored) {
        long nextId = layer.features().stream().mapToLong(Feature::id).max().orElse(0) + 1;
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Field field : layer.info().type().fields()) {
            attributes.put(field.name(), null);
        }
        return withGeometry(layer.info().type(), new Feature(nextId, stored, attributes), stored);
    }

    /** {@code feature} with another geometry (fitted to the kind) and its derived fields recomputed; same id. */
    public static Feature withGeometry(FeatureType type, Feature feature, Geometry stored) {
        Geometry fitted = fitted(type.geometryKind(), stored);
        return new Feature(feature.id(), fitted, DerivedFields.recompute(type, fitted, feature.attributes()));
    }

    /** A single geometry wrapped into the multi type when the layer stores multi geometries. */
    static Geometry fitted(GeometryKind kind, Geometry geometry) {
        GeometryFactory factory = geometry.getFactory();
        Geometry result = geometry;
        if (kind == GeometryKind.MULTIPOLYGON && geometry instanceof Polygon polygon) {
            result = factory.createMultiPolygon(new Polygon[] {polygon});
        } else if (kind == GeometryKind.MULTILINESTRING && geometry instanceof LineString line) {
            result = factory.createMultiLineString(new LineString[] {line});
        } else if (kind == GeometryKind.MULTIPOINT && geometry instanceof Point point) {
            result = factory.createMultiPoint(new Point[] {point});
        }
        result.setSRID(geometry.getSRID());
        return result;
    }
}
