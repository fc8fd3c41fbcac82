package rectimap.raster.tile;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRS of a tile pyramid or map service as Rectimap uses it: an EPSG code (aliases of Web Mercator such as 900913
 * and 102100 become 3857) and the axis order its name implies in OGC text.
 */
public record TileCrs(int epsg, AxisOrder axisOrder) {
    /** Web Mercator, EPSG:3857. */
    public static final int WEB_MERCATOR = 3857;
    /** Half the width of the Web Mercator world in metres. */
    public static final double MERCATOR_HALF_WORLD = 20037508.342789244;
    /** Metres per degree on the Web Mercator sphere, as OGC WMTS scale denominators count them. */
    public static final double METRES_PER_DEGREE = 2 * Math.PI * 6378137.0 / 360;

    private static final Set<Integer> MERCATOR_ALIASES = Set.of(3857, 900913, 102100, 102113, 3785);
    private static final Set<Integer> GEOGRAPHIC = Set.of(4326, 4490, 4214, 4610, 4555);
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)EPSG(?:[:/][^:/]*)*[:/](\\d+)$");

    public static TileCrs ofEpsg(int code) {
        int epsg = MERCATOR_ALIASES.contains(code) ? WEB_MERCATOR : code;
        boolean northFirst = GEOGRAPHIC.contains(epsg) || (epsg >= 4491 && epsg <= 4554);
        return new TileCrs(epsg, northFirst ? AxisOrder.NORTH_EAST : AxisOrder.EAST_NORTH);
    }

    /**
     * Reads {@code EPSG:3857}, {@code urn:ogc:def:crs:EPSG::4490}, {@code urn:ogc:def:crs:EPSG:6.18:3:3857},
     * {@code http://www.opengis.net/def/crs/EPSG/0/4326} and CRS84 (lon/lat order); empty for anything else.
     */
    public static Optional<TileCrs> parse(String name) {
        String text = name.trim();
        if (text.toUpperCase().endsWith("CRS84") || text.equalsIgnoreCase("CRS:84")) {
            return Optional.of(new TileCrs(4326, AxisOrder.EAST_NORTH));
        }
        Matcher code = EPSG_CODE.matcher(text);
        return code.find() ? Optional.of(ofEpsg(Integer.parseInt(code.group(1)))) : Optional.empty();
    }

    public boolean isGeographic() {
        return GEOGRAPHIC.contains(epsg);
    }

    /** Ground metres per CRS unit as OGC scale denominators count them (degrees on the 6378137 m sphere). */
    public double metresPerUnit() {
        return isGeographic() ? METRES_PER_DEGREE : 1.0;
    }

    /** The whole world in x, y when the CRS is global (lon/lat or Web Mercator), else empty. */
    public Optional<Envelope> world() {
        if (isGeographic()) {
            return Optional.of(new Envelope(-180, 180, -90, 90));
        }
        if (epsg == WEB_MERCATOR) {
            return Optional.of(new Envelope(-MERCATOR_HALF_WORLD, MERCATOR_HALF_WORLD, -MERCATOR_HALF_WORLD,
                    MERCATOR_HALF_WORLD));
        }
        return Optional.empty();
    }
}
