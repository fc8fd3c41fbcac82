package rectimap.raster.service;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrix;

/**
 * The tiles of a service that cover an area (a township's or the district's outline in CGCS2000 lon/lat) at zoom
 * levels {@code minZoom..maxZoom}: per level, the tiles of the area's box in the service's grid that meet the area
 * itself. {@link #count()} is known before anything is fetched, for the size estimate and the limit.
 */
public record DownloadPlan(ServiceTiles service, List<TileAddress> tiles) {
    /** Without another limit, at most this many tiles (a township at levels 10–17 is a few thousand). */
    public static final int DEFAULT_MAX_TILES = 20_000;

    public static DownloadPlan of(ServiceTiles service, Geometry areaLonLat, int minZoom, int maxZoom) {
        Geometry area = inGrid(areaLonLat, service.set().crs().epsg());
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        GeometryFactory factory = area.getFactory();
        List<TileAddress> tiles = new ArrayList<>();
        for (TileMatrix level : service.set().zooms(minZoom, maxZoom)) {
            var range = level.range(area.getEnvelopeInternal());
            if (range.count() > 4L * DEFAULT_MAX_TILES * 16) {
                throw new IllegalArgumentException("level " + level.id() + " alone has " + range.count() + " tiles");
            }
            for (long row = range.minRow(); row <= range.maxRow(); row++) {
                for (long column = range.minColumn(); column <= range.maxColumn(); column++) {
                    Envelope box = level.tileEnvelope(column, row);
                    if (prepared.intersects(factory.toGeometry(box))) {
                        tiles.add(new TileAddress(level, column, row));
                    }
                }
            }
        }
        return new DownloadPlan(service, List.copyOf(tiles));
    }

    public int count() {
        return tiles.size();
    }

    /** The zoom numbers in the plan, ascending. */
    public List<Integer> zooms() {
        return tiles.stream().map(t -> t.matrix().zoom()).distinct().sorted().toList();
    }

    private static Geometry inGrid(Geometry lonLat, int epsg) {
        if (epsg == Epsg.CGCS2000 || epsg == 4326) {
            return lonLat;
        }
        return CrsTransform.between(Epsg.CGCS2000, epsg).apply(lonLat);
    }
}
