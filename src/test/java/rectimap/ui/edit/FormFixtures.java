package rectimap.ui.edit;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.Feature;

/** Drafts on real planning layers near 运城 (EPSG:4490 lon/lat), for the form tests. */
final class FormFixtures {
    /** About 900 m × 1,100 m south of the salt lake. */
    static final String AREA_WKT = "MULTIPOLYGON (((111.00 34.98, 111.01 34.98, 111.01 34.99, 111.00 34.99,"
            + " 111.00 34.98)))";
    static final String ROAD_WKT = "MULTILINESTRING ((111.00 35.00, 111.02 35.00, 111.02 35.01))";

    private FormFixtures() {
    }

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Feature draft(String wkt) {
        return new Feature(1, wkt(wkt), Map.of());
    }
}
