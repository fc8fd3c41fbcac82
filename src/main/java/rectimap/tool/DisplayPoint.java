package rectimap.tool;

import org.locationtech.jts.geom.Coordinate;

/** A position in the display CRS (EPSG:4546, metres, x east, y north). Immutable. */
public record DisplayPoint(double x, double y) {
    public static DisplayPoint of(Coordinate c) {
        return new DisplayPoint(c.x, c.y);
    }

    public Coordinate toCoordinate() {
        return new Coordinate(x, y);
    }

    public double distanceTo(DisplayPoint other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
