package rectimap.campaign.place;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * A village-level unit (村/社区) of the {@code village} layer: 12-digit code, name, the township it is listed under
 * in the division layer (jurisdiction changes are applied on top of this, by date), its point in EPSG:4490 lon/lat
 * and the same point in display metres (EPSG:4546), used for nearest-village tests.
 */
public record VillagePlace(String code, String name, String listedTownshipCode, Point pointLonLat,
        Coordinate pointMetres) {
}
