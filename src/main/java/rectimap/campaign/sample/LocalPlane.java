package rectimap.campaign.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A local plane in kilometres around the sample district (origin 110.955 E, 35.095 N), scaled by the CGCS2000
 * ellipsoid's radii of curvature at the origin. The generator works in it so that distances, spacings and Voronoi
 * cells are isotropic; it is an affine map, so shared vertices map identically both ways and a coverage stays exact.
 * Immutable, safe from any thread.
 */
final class LocalPlane {
    static final double ORIGIN_LON = 110.955;
    static final double ORIGIN_LAT = 35.095;

    private static final double A_M = 6_378_137.0;
    private static final double F = 1.0 / 298.257222101;

    private final double kmPerDegreeLon;
    private final double kmPerDegreeLat;
    private final AffineTransformation lonLatToKm;
    private final AffineTransformation kmToLonLat;

    LocalPlane() {
        double e2 = F * (2 - F);
        double phi = Math.toRadians(ORIGIN_LAT);
        double w = Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double primeVerticalM = A_M / w;
        double meridianM = A_M * (1 - e2) / (w * w * w);
        kmPerDegreeLon = primeVerticalM * Math.cos(phi) * Math.PI / 180 / 1000;
        kmPerDegreeLat = meridianM * Math.PI / 180 / 1000;
        lonLatToKm = new AffineTransformation().translate(-ORIGIN_LON, -ORIGIN_LAT)
                .scale(kmPerDegreeLon, kmPerDegreeLat);
        kmToLonLat = new AffineTransformation().scale(1 / kmPerDegreeLon, 1 / kmPerDegreeLat)
                .translate(ORIGIN_LON, ORIGIN_LAT);
    }

    /** A copy of {@code lonLat} (degrees) in plane kilometres. */
    Geometry toKm(Geometry lonLat) {
        return lonLatToKm.transform(lonLat);
    }

    /** A copy of {@code km} (plane kilometres) in lon/lat degrees. */
    Geometry toLonLat(Geometry km) {
        return kmToLonLat.transform(km);
    }

    Coordinate toKm(double lon, double lat) {
        return new Coordinate((lon - ORIGIN_LON) * kmPerDegreeLon, (lat - ORIGIN_LAT) * kmPerDegreeLat);
    }

    Coordinate toLonLat(Coordinate km) {
        return new Coordinate(km.x / kmPerDegreeLon + ORIGIN_LON, km.y / kmPerDegreeLat + ORIGIN_LAT);
    }
}
