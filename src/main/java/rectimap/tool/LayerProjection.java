package rectimap.tool;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.MapLayer;

/**
 * The way between a layer's storage CRS (EPSG:4490 lon/lat for project layers; {@code storageEpsg}) and the display
 * CRS EPSG:4546 metres in which tools work. Tools convert only what they change, so untouched vertices keep their
 * stored values bit for bit. Immutable, any thread.
 */
public record LayerProjection(int storageEpsg) {

    /** The projection of a map layer; an unset SRID (0) means EPSG:4490, as in {@code RenderLayer.forDisplay}. */
    public static LayerProjection of(MapLayer layer) {
        int srid = layer.info().srid();
        return new LayerProjection(srid == 0 ? Epsg.CGCS2000 : srid);
    }

    public Geometry toDisplay(Geometry stored) {
        if (storageEpsg == Epsg.CGCS2000_GK_CM_111E) {
            return stored.copy();
        }
        return CrsTransform.between(storageEpsg, Epsg.CGCS2000_GK_CM_111E).apply(stored);
    }

    public Geometry toStorage(Geometry display) {
        if (storageEpsg == Epsg.CGCS2000_GK_CM_111E) {
            return display.copy();
        }
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, storageEpsg).apply(display);
    }

    /** One stored position (e.g. where a command found a problem) in display metres. */
    public DisplayPoint toDisplay(Coordinate stored) {
        if (storageEpsg == Epsg.CGCS2000_GK_CM_111E) {
            return DisplayPoint.of(stored);
        }
        return DisplayPoint.of(CrsTransform.between(storageEpsg, Epsg.CGCS2000_GK_CM_111E).apply(stored.x, stored.y));
    }

    public Coordinate toStorage(DisplayPoint display) {
        if (storageEpsg == Epsg.CGCS2000_GK_CM_111E) {
            return display.toCoordinate();
        }
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, storageEpsg).apply(display.x(), display.y());
    }

    /** A display geometry in EPSG:4490 lon/lat, for ellipsoidal measurement with {@code geo.Measure}. */
    public static Geometry lonLat(Geometry display) {
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000).apply(display);
    }
}
