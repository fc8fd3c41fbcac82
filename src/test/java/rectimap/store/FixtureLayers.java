package rectimap.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/** Small layers with Chinese text, every field type and null values, for store tests. */
final class FixtureLayers {
    static final List<Field> FIELDS = List.of(new Field("name", FieldType.TEXT), new Field("code", FieldType.INTEGER),
            new Field("area_mu", FieldType.REAL), new Field("since", FieldType.DATE));

    private FixtureLayers() {
    }

    /** A layer of the given kind whose features have these WKT geometries (ids 1, 2, ...). */
    static Layer layer(String table, GeometryKind kind, String title, String... wkts) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < wkts.length; i++) {
            features.add(feature(i + 1, wkts[i], i));
        }
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, FIELDS), title, LayerRole.PLANNING,
                Provenance.SCHEMATIC, "示意几何，非测绘成果 (" + table + ")", Epsg.CGCS2000);
        return new Layer(info, features);
    }

    /** Feature {@code id}; every third one has null attributes, so NULL round-trips too. */
    static Feature feature(long id, String wkt, int index) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        boolean nulls = index % 3 == 2;
        attributes.put("name", nulls ? null : "解州镇·西张耿村 " + id + " 号 \"引号\" 'apostrophe'");
        attributes.put("code", nulls ? null : 140802101216L + id);
        attributes.put("area_mu", nulls ? null : 1234.5678 + id / 3.0);
        attributes.put("since", nulls ? null : LocalDate.of(2024, 1, 1).plusDays(id * 37));
        try {
            return new Feature(id, new WKTReader().read(wkt), attributes);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
