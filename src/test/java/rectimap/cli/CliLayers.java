package rectimap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/** Planning-like layers with Chinese text for the CLI tests; feature i gets id i + 1. */
final class CliLayers {
    static final List<Field> FIELDS = List.of(new Field("name", FieldType.TEXT), new Field("unit", FieldType.TEXT),
            new Field("tons", FieldType.REAL), new Field("sites", FieldType.INTEGER), new Field("since", FieldType.DATE));

    private CliLayers() {
    }

    static Layer zones(String table, int epsg, String... wkts) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < wkts.length; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", "解州镇 " + (i + 1) + " 号片区 \"东段\"\\");
            attributes.put("unit", i % 2 == 0 ? "盐湖区住建局" : null);
            attributes.put("tons", 12.5 * (i + 1));
            attributes.put("sites", (long) i + 3);
            attributes.put("since", LocalDate.of(2026, 3, 1 + i));
            try {
                features.add(new Feature(i + 1, new WKTReader().read(wkts[i]), attributes));
            } catch (ParseException e) {
                throw new IllegalArgumentException(wkts[i], e);
            }
        }
        return new Layer(new LayerInfo(new FeatureType(table, GeometryKind.POLYGON, FIELDS), "整治片区",
                LayerRole.PLANNING, Provenance.SURVEYED, "", epsg), features);
    }
}
