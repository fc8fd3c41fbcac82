package rectimap.campaign.place;

import org.locationtech.jts.geom.Geometry;

/**
 * A township-level unit (乡镇街道) of the {@code township} layer: 12-digit code, name and boundary in EPSG:4490
 * lon/lat degrees (schematic in the sample).
 */
public record TownshipPlace(String code, String name, Geometry boundaryLonLat) {
}
