package rectimap.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;

/**
 * Computes the derived fields of a feature ({@link Derivation}) from its geometry with {@link Measure}: ellipsoidal
 * on CGCS2000, geometry in EPSG:4490 lon/lat. A feature without area (a point in a mixed layer) gets null areas; a
 * point gets a null length. Stateless and safe from any thread.
 */
public final class DerivedFields {
    private DerivedFields() {
    }

    /** {@code feature} with every derived field of {@code type} set from its geometry; other values unchanged. */
    public static Feature recompute(FeatureType type, Feature feature) {
        return new Feature(feature.id(), feature.geometry(), recompute(type, feature.geometry(), feature.attributes()));
    }

    /** {@code attributes} with every derived field of {@code type} set from {@code lonLat}. */
    public static Map<String, Object> recompute(FeatureType type, Geometry lonLat, Map<String, Object> attributes) {
        Map<String, Object> values = new LinkedHashMap<>(attributes);
        Double areaM2 = null;
        for (Field field : type.fields()) {
            switch (field.derivation()) {
                case NONE -> { }
                case AREA_M2 -> values.put(field.name(), areaM2 = areaM2(lonLat, areaM2));
                case AREA_MU -> {
                    areaM2 = areaM2(lonLat, areaM2);
                    values.put(field.name(), areaM2 == null ? null : Measure.m2ToMu(areaM2));
                }
                case LENGTH_M -> values.put(field.name(), lonLat.getDimension() >= 1 ? Measure.lengthM(lonLat) : null);
            }
        }
        return values;
    }

    /** The area once per feature (it is the costly part), null for geometries without area. */
    private static Double areaM2(Geometry lonLat, Double known) {
        if (known != null) {
            return known;
        }
        return lonLat.getDimension() == 2 ? Measure.areaM2(lonLat) : null;
    }
}
