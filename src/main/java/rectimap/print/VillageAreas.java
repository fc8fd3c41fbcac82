package rectimap.print;

import org.locationtech.jts.geom.Geometry;

/**
 * A village's area when the village layer holds only its point (the campaign's village cell), so a village sheet
 * can outline its place and count what lies inside it. Must be thread-safe.
 */
@FunctionalInterface
public interface VillageAreas {

    /** No village areas known: village sheets show a square round the village point and count what is on it. */
    VillageAreas NONE = code -> null;

    /** The area of the village with this 12-digit code in EPSG:4490 lon/lat, or null when unknown. */
    Geometry lonLat(String villageCode);
}
