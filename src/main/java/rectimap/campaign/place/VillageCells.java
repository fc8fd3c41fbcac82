package rectimap.campaign.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;

/**
 * A village's area when only its point is known: the part of its township nearer to it than to any other village
 * of the township (a Voronoi cell in display metres, clipped to the township), in EPSG:4490 lon/lat. The sample's
 * cadre responsibility areas are drawn the same way; with surveyed village boundaries imported this would read them
 * instead. Pure; computed per township on request.
 */
public final class VillageCells {
    private static final CrsTransform TO_METRES = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
    private static final CrsTransform TO_LON_LAT = TO_METRES.inverse();

    private VillageCells() {
    }

    /** Village code → cell in lon/lat for the villages listed under {@code township}. */
    public static Map<String, Geometry> of(TownshipPlace township, List<VillagePlace> villages) {
        Map<String, Geometry> cells = new LinkedHashMap<>();
        if (villages.isEmpty()) {
            return cells;
        }
        Geometry townshipM = TO_METRES.apply(township.boundaryLonLat());
        if (villages.size() == 1) {
            cells.put(villages.get(0).code(), township.boundaryLonLat());
            return cells;
        }
        GeometryFactory factory = townshipM.getFactory();
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(factory.createMultiPoint(villages.stream().map(VillagePlace::pointMetres)
                .map(Coordinate::new).toArray(Coordinate[]::new)));
        voronoi.setClipEnvelope(townshipM.getEnvelopeInternal());
        GeometryCollection diagram = (GeometryCollection) voronoi.getDiagram(factory);
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry cell = diagram.getGeometryN(c);
            for (VillagePlace village : villages) {
                if (!cells.containsKey(village.code())
                        && cell.covers(factory.createPoint(village.pointMetres()))) {
                    cells.put(village.code(), TO_LON_LAT.apply(cell.intersection(townshipM)));
                }
            }
        }
        return cells;
    }
}
