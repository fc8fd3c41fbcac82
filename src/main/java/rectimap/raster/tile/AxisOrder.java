package rectimap.raster.tile;

/** Which coordinate a CRS names first in text such as a WMTS TopLeftCorner or a WMS 1.3.0 BBOX. */
public enum AxisOrder {
    /** x (east, longitude) first: Web Mercator, CRS:84, WMS 1.1.1 always. */
    EAST_NORTH,
    /** y (north, latitude) first: EPSG:4326 and EPSG:4490 lat/lon, the CGCS2000 Gauss-Krüger codes 4491–4554. */
    NORTH_EAST;

    /** The pair in x, y order given the two numbers as written. */
    public double[] toXy(double first, double second) {
        return this == EAST_NORTH ? new double[] {first, second} : new double[] {second, first};
    }
}
