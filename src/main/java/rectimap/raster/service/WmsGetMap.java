package rectimap.raster.service;

import org.locationtech.jts.geom.Envelope;
import rectimap.raster.tile.AxisOrder;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileCrs;

/**
 * GetMap requests of one WMS: the layers (comma separated, drawn in that order), version, CRS and image format.
 * As a {@link TileUrl} it asks for exactly one tile of a {@link WmsTileGrid} per request, so WMS maps are cached and
 * fetched like any tile service.
 *
 * @param base the service address, with or without a query (other parameters such as MAP= are kept)
 */
public record WmsGetMap(String base, WmsVersion version, String layers, String format, TileCrs crs)
        implements TileUrl {

    /** The GetMap address for {@code box} (x, y in the CRS) drawn at {@code widthPx × heightPx}. */
    public String url(Envelope box, int widthPx, int heightPx) {
        boolean latFirst = version == WmsVersion.V1_3_0 && crs.axisOrder() == AxisOrder.NORTH_EAST;
        String bbox = latFirst
                ? number(box.getMinY()) + "," + number(box.getMinX()) + "," + number(box.getMaxY()) + ","
                        + number(box.getMaxX())
                : number(box.getMinX()) + "," + number(box.getMinY()) + "," + number(box.getMaxX()) + ","
                        + number(box.getMaxY());
        String separator = base.endsWith("?") || base.endsWith("&") ? "" : base.contains("?") ? "&" : "?";
        return base + separator + "SERVICE=WMS&REQUEST=GetMap&VERSION=" + version.text() + "&LAYERS="
                + WmtsTileUrl.encode(layers) + "&STYLES=&" + version.crsParameter() + "=EPSG:" + crs.epsg()
                + "&BBOX=" + bbox + "&WIDTH=" + widthPx + "&HEIGHT=" + heightPx + "&FORMAT="
                + WmtsTileUrl.encode(format) + "&TRANSPARENT=TRUE";
    }

    @Override
    public String of(TileAddress tile) {
        return url(tile.envelope(), tile.matrix().tileWidth(), tile.matrix().tileHeight());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
