package rectimap.campaign.review;

import org.locationtech.jts.geom.Geometry;

/**
 * A site under review: its kind, 12-digit division code and name, the township it lies in, and the boundary its plan
 * items are taken from (the township for a 示范镇, the village's cell for a village; EPSG:4490 lon/lat).
 */
public record DemonstrationSite(SiteKind kind, String code, String name, String townshipCode, String townshipName,
        Geometry boundaryLonLat) {

    /** Stable key of the site in the verdict history: kind label and code, e.g. "示范镇:140802100000". */
    public String key() {
        return keyOf(kind, code);
    }

    public static String keyOf(SiteKind kind, String code) {
        return kind.label() + ":" + code;
    }
}
