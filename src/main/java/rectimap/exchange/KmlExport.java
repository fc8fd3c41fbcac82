package rectimap.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.Layer;

/**
 * Writes a layer as KML 2.2 (UTF-8, lon/lat; CGCS2000 written as WGS 84 as for GeoJSON): one Placemark per
 * feature, its {@code name} field as the placemark name, every field in a {@code Schema} + {@code SchemaData}
 * (typed, so Google Earth and GDAL keep numbers as numbers), multi-part geometries as MultiGeometry. 9 decimals
 * (about 0.1 mm). Pure: the caller owns the writer.
 */
public final class KmlExport {
    private KmlExport() {
    }

    public static void write(Layer layer, Writer out) throws IOException {
        int srid = layer.info().srid();
        CrsTransform toLonLat = srid == Epsg.CGCS2000 || srid == 4326 ? null : CrsTransform.between(srid, Epsg.CGCS2000);
        String schemaId = "s_" + layer.tableName().replaceAll("[^A-Za-z0-9_]", "_");
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
                + "<Document id=\"root_doc\">\n<Schema name=\"" + xml(layer.tableName()) + "\" id=\"" + schemaId + "\">\n");
        for (Field field : layer.info().type().fields()) {
            String type = switch (field.type()) {
                case INTEGER -> "int";
                case REAL -> "double";
                case TEXT, DATE -> "string";
            };
            out.write("\t<SimpleField name=\"" + xml(field.name()) + "\" type=\"" + type + "\"></SimpleField>\n");
        }
        out.write("</Schema>\n<Folder><name>" + xml(layer.info().title()) + "</name>\n");
        for (Feature feature : layer.features()) {
            Geometry geometry = toLonLat == null ? feature.geometry() : toLonLat.apply(feature.geometry());
            out.write("  <Placemark id=\"" + feature.id() + "\">\n");
            if (feature.get("name") != null) {
                out.write("\t<name>" + xml(feature.text("name")) + "</name>\n");
            }
            out.write("\t<ExtendedData><SchemaData schemaUrl=\"#" + schemaId + "\">\n");
            for (Field field : layer.info().type().fields()) {
                Object value = feature.get(field.name());
                if (value != null) {
                    String text = value instanceof LocalDate d ? d.toString() : value.toString();
                    out.write("\t\t<SimpleData name=\"" + xml(field.name()) + "\">" + xml(text) + "</SimpleData>\n");
                }
            }
            out.write("\t</SchemaData></ExtendedData>\n\t");
            geometry(geometry, out);
            out.write("\n  </Placemark>\n");
        }
        out.write("</Folder>\n</Document></kml>\n");
    }

    private static void geometry(Geometry geometry, Writer out) throws IOException {
        if (geometry instanceof Point point) {
            out.write("<Point><coordinates>");
            coordinate(point.getCoordinate(), out);
            out.write("</coordinates></Point>");
        } else if (geometry instanceof LineString line) {
            out.write("<LineString><coordinates>");
            coordinates(line.getCoordinates(), out);
            out.write("</coordinates></LineString>");
        } else if (geometry instanceof Polygon polygon) {
            out.write("<Polygon><outerBoundaryIs><LinearRing><coordinates>");
            coordinates(polygon.getExteriorRing().getCoordinates(), out);
            out.write("</coordinates></LinearRing></outerBoundaryIs>");
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                out.write("<innerBoundaryIs><LinearRing><coordinates>");
                coordinates(polygon.getInteriorRingN(i).getCoordinates(), out);
                out.write("</coordinates></LinearRing></innerBoundaryIs>");
            }
            out.write("</Polygon>");
        } else {
            out.write("<MultiGeometry>");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                geometry(geometry.getGeometryN(i), out);
            }
            out.write("</MultiGeometry>");
        }
    }

    private static void coordinates(Coordinate[] points, Writer out) throws IOException {
        for (int i = 0; i < points.length; i++) {
            if (i > 0) {
                out.write(' ');
            }
            coordinate(points[i], out);
        }
    }

    private static void coordinate(Coordinate c, Writer out) throws IOException {
        out.write(number(c.x) + "," + number(c.y));
    }

    private static String number(double value) {
        return new java.math.BigDecimal(value).setScale(9, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
