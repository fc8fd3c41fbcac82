package rectimap.ui.print;

import org.locationtech.jts.geom.Geometry;

/**
 * A place a sheet can show, as the dialog's pickers list it: official division code, name, the code of the
 * township it lies in (its own code for a township), and its geometry in stored lon/lat (EPSG:4490; a village is a
 * point in the sample).
 */
public record SheetPlace(String code, String name, String townshipCode, Geometry lonLat) {

    /** What a picker shows: the name. */
    @Override
    public String toString() {
        return name;
    }
}
