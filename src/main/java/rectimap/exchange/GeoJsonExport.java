package rectimap.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.Layer;

/**
 * Writes a layer as an RFC 7946 GeoJSON FeatureCollection: WGS 84 longitude/latitude, no "crs" member, polygon
 * exteriors counter-clockwise (the right-hand rule), 9 decimals (about 0.1 mm), the feature id as "id" and every
 * field as a property (dates as ISO-8601 text). CGCS2000 (EPSG:4490) coordinates are written unchanged: CGCS2000
 * and WGS 84 differ by a few centimetres, below this precision and below any campaign map's accuracy. Layers in
 * other CRSs (e.g. EPSG:4546 metres) are transformed to EPSG:4490 first. Pure: the caller owns the writer (UTF-8).
 */
public final class GeoJsonExport {
    /** 1e-9° ≈ 0.1 mm on the ground: exchange partners compare to the millimetre, and survey data has it. */
    private static final int DECIMALS = 9;

    private GeoJsonExport() {
    }

    /** Writes {@code layer} to {@code out}. */
    public static void write(Layer layer, Writer out) throws IOException {
        int srid = layer.info().srid();
        CrsTransform toLonLat = srid == Epsg.CGCS2000 || srid == 4326 ? null : CrsTransform.between(srid, Epsg.CGCS2000);
        GeoJsonWriter geometries = new GeoJsonWriter(DECIMALS);
        geometries.setEncodeCRS(false);
        geometries.setForceCCW(true);
        out.write("{\"type\":\"FeatureCollection\",\"name\":");
        JsonText.string(layer.tableName(), out);
        out.write(",\"features\":[\n");
        boolean first = true;
        for (Feature feature : layer.features()) {
            out.write(first ? "" : ",\n");
            first = false;
            Geometry geometry = toLonLat == null ? feature.geometry() : toLonLat.apply(feature.geometry());
            out.write("{\"type\":\"Feature\",\"id\":" + feature.id() + ",\"geometry\":");
            out.write(geometry.isEmpty() ? "null" : geometries.write(geometry));
            out.write(",\"properties\":{");
            boolean firstField = true;
            for (Field field : layer.info().type().fields()) {
                out.write(firstField ? "" : ",");
                firstField = false;
                JsonText.string(field.name(), out);
                out.write(':');
                value(feature.get(field.name()), out);
            }
            out.write("}}");
        }
        out.write("\n]}\n");
    }

    private static void value(Object value, Writer out) throws IOException {
        if (value == null) {
            out.write("null");
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            out.write("null");
        } else if (value instanceof Number number) {
            out.write(number.toString());
        } else if (value instanceof LocalDate date) {
            JsonText.string(date.toString(), out);
        } else {
            JsonText.string(value.toString(), out);
        }
    }
}
