package rectimap.campaign.sample;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.Layer;

/**
 * The sample's reference layers as the planning sample reads them: townships, villages and roads looked up by
 * official code or name, and conversions between stored lon/lat (EPSG:4490) and display metres (EPSG:4546), where
 * the sample sizes its shapes. Fails loudly when the sample lacks a place the planning sample names.
 */
final class SampleReference {
    private final Map<String, Layer> byTable;
    private final CrsTransform toMetres = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
    private final CrsTransform toLonLat = CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000);
    final GeometryFactory lonLatFactory = new GeometryFactory(new PrecisionModel(), Epsg.CGCS2000);

    SampleReference(List<Layer> referenceLayers) {
        this.byTable = referenceLayers.stream()
                .collect(java.util.stream.Collectors.toMap(Layer::tableName, l -> l, (a, b) -> a));
    }

    /** The township (乡镇街道) with this 12-digit code. */
    Feature township(String code) {
        return find("township", "code", code);
    }

    /** The 12-digit code of the township (乡镇街道) with this official name. */
    String townshipCode(String name) {
        return find("township", "name", name).text("code");
    }

    /** The village (村/社区) with this 12-digit code. */
    Feature village(String code) {
        return find("village", "code", code);
    }

    /** The villages of a township, in list order. */
    List<Feature> villagesOf(String townshipCode) {
        return layer("village").features().stream().filter(f -> f.text("township_code").equals(townshipCode))
                .toList();
    }

    /** Every township (乡镇街道) of the sample, in list order. */
    List<Feature> townships() {
        return layer("township").features();
    }

    /** Every village (村/社区) of the sample, in list order. */
    List<Feature> villages() {
        return layer("village").features();
    }

    Feature road(String name) {
        return find("road", "name", name);
    }

    Feature saltLake() {
        return layer("salt_lake").features().get(0);
    }

    Geometry metres(Geometry lonLat) {
        return toMetres.apply(lonLat);
    }

    Geometry lonLat(Geometry metres) {
        Geometry geometry = toLonLat.apply(metres);
        geometry.setSRID(Epsg.CGCS2000);
        return geometry;
    }

    /** A point {@code eastM}, {@code northM} metres from a village, lon/lat. */
    Point near(Feature village, double eastM, double northM) {
        Coordinate at = toMetres.apply(village.geometry().getCoordinate().x, village.geometry().getCoordinate().y);
        Coordinate lonLat = toLonLat.apply(at.x + eastM, at.y + northM);
        return lonLatFactory.createPoint(lonLat);
    }

    /** A rectangle {@code widthM} × {@code heightM} metres centred {@code eastM}, {@code northM} from a village. */
    Geometry rectangleNear(Feature village, double eastM, double northM, double widthM, double heightM) {
        Coordinate at = toMetres.apply(village.geometry().getCoordinate().x, village.geometry().getCoordinate().y);
        double x = at.x + eastM;
        double y = at.y + northM;
        Envelope box = new Envelope(x - widthM / 2, x + widthM / 2, y - heightM / 2, y + heightM / 2);
        return lonLat(lonLatFactory.toGeometry(box));
    }

    private Feature find(String table, String field, String value) {
        return layer(table).features().stream().filter(f -> f.text(field).equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample layer " + table + " has no " + field + " = "
                        + value + "; the planning sample needs it"));
    }

    private Layer layer(String table) {
        Layer layer = byTable.get(table);
        if (layer == null) {
            throw new IllegalStateException("the planning sample needs the sample layer " + table);
        }
        return layer;
    }
}
