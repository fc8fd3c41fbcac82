package rectimap.print;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A named place a sheet can show: a township (area), a village (point) or the district. {@code areaDisplay} is its
 * outline in display metres (null for a village, which is a point), {@code extentDisplay} the map area a sheet of it
 * covers. {@code townshipName} is the township a village lies in (its own name for a township).
 */
public record SheetPlace(Kind kind, String code, String name, String townshipName, Geometry areaDisplay,
                         Envelope extentDisplay) {

    /** What kind of place. */
    public enum Kind {
        DISTRICT, TOWNSHIP, VILLAGE
    }
}
