package rectimap.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.geo.Measure;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Symbolizer;
import rectimap.render.RenderLayer;

/**
 * The features of visible layers that lie on a sheet (their stored geometry meets the map frame, turned back into
 * CGCS2000 lon/lat), and what the legend and the responsibility table say about them. Counts are per class; areas
 * and lengths ellipsoidal via {@link Measure}, of the whole feature.
 */
final class SheetSelection {

    /** Points along each side of the frame when it is turned into lon/lat (the projection bends straight lines). */
    private static final int EDGE_POINTS = 16;

    private final List<RenderLayer> layers;
    private final PreparedGeometry frameLonLat;

    private SheetSelection(List<RenderLayer> layers, PreparedGeometry frameLonLat) {
        this.layers = layers;
        this.frameLonLat = frameLonLat;
    }

    static SheetSelection of(SheetContent content, Envelope frameDisplay) {
        CrsTransform toLonLat = CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000);
        List<Coordinate> ring = new ArrayList<>();
        double[][] corners = {{frameDisplay.getMinX(), frameDisplay.getMinY()},
                {frameDisplay.getMaxX(), frameDisplay.getMinY()}, {frameDisplay.getMaxX(), frameDisplay.getMaxY()},
                {frameDisplay.getMinX(), frameDisplay.getMaxY()}};
        for (int side = 0; side < 4; side++) {
            double[] from = corners[side];
            double[] to = corners[(side + 1) % 4];
            for (int k = 0; k < EDGE_POINTS; k++) {
                double t = (double) k / EDGE_POINTS;
                ring.add(toLonLat.apply(from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])));
            }
        }
        ring.add(new Coordinate(ring.get(0)));
        Geometry polygon = new GeometryFactory().createPolygon(ring.toArray(new Coordinate[0]));
        return new SheetSelection(content.layers(), PreparedGeometryFactory.prepare(polygon));
    }

    /**
     * Legend rows for every visible layer with features on the sheet, top layer first (as the map stacks them, so
     * the planning layers a meeting is about come before the reference layers when space runs out).
     */
    List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (RenderLayer layer : reversed(layers)) {
            MapLayer mapLayer = layer.mapLayer();
            if (!mapLayer.visible() || mapLayer.opacity() == 0) {
                continue;
            }
            LayerStyle style = mapLayer.style();
            boolean figures = mapLayer.info().role() == LayerRole.PLANNING;
            String title = mapLayer.info().title();
            Map<Symbolizer, Tally> byClass = new LinkedHashMap<>();
            Map<Emphasis, Tally> byEmphasis = new LinkedHashMap<>();
            for (rectimap.model.Feature feature : mapLayer.layer().features()) {
                if (feature.geometry() == null || !frameLonLat.intersects(feature.geometry())) {
                    continue;
                }
                Symbolizer symbol = style.symbolizerFor(feature);
                String label = symbol == style.base() ? title : classLabel(style, symbol);
                byClass.computeIfAbsent(symbol, s -> new Tally(label)).add(feature.geometry(), figures);
                for (Emphasis emphasis : style.emphases()) {
                    if (emphasis.appliesTo(feature)) {
                        byEmphasis.computeIfAbsent(emphasis, e -> new Tally(e.value()))
                                .add(feature.geometry(), figures);
                    }
                }
            }
            byClass.forEach((symbol, tally) -> entries.add(new LegendEntry(title, tally.label, symbol,
                    tally.dimension, tally.count, tally.measure, figures)));
            byEmphasis.forEach((emphasis, tally) -> entries.add(new LegendEntry(title, tally.label,
                    emphasis.symbolizer(), tally.dimension, tally.count, tally.measure, figures)));
        }
        return entries;
    }

    /** The 责任区 on the sheet: 区域 (township and village, or kind), 责任人, 单位, 电话. */
    SheetTable responsibilityTable(SheetText text) {
        List<List<String>> rows = new ArrayList<>();
        for (RenderLayer layer : layers) {
            if (!layer.tableName().equals(SheetContent.RESPONSIBILITY_TABLE) || !layer.mapLayer().visible()) {
                continue;
            }
            for (rectimap.model.Feature feature : layer.mapLayer().layer().features()) {
                if (feature.geometry() != null && frameLonLat.intersects(feature.geometry())) {
                    String area = (feature.text("township") + " " + feature.text("village")).strip();
                    rows.add(List.of(area.isEmpty() ? feature.text("kind") : area, feature.text("person"),
                            feature.text("unit"), feature.text("phone")));
                }
            }
        }
        return new SheetTable(text.get("table.responsibility"), List.of(text.get("table.area"),
                text.get("table.person"), text.get("table.unit"), text.get("table.phone")), rows);
    }

    private static List<RenderLayer> reversed(List<RenderLayer> layers) {
        List<RenderLayer> copy = new ArrayList<>(layers);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String classLabel(LayerStyle style, Symbolizer symbol) {
        for (Map.Entry<String, Symbolizer> entry : style.classes().entrySet()) {
            if (entry.getValue() == symbol) {
                return entry.getKey();
            }
        }
        return "";
    }

    /** Count and total measure of one legend row. */
    private static final class Tally {
        final String label;
        int count;
        double measure;
        int dimension;

        Tally(String label) {
            this.label = label;
        }

        void add(Geometry lonLat, boolean figures) {
            count++;
            dimension = Math.max(dimension, lonLat.getDimension());
            if (figures) {
                int d = lonLat.getDimension();
                measure += d == 2 ? Measure.areaM2(lonLat) : d == 1 ? Measure.lengthM(lonLat) : 0;
            }
        }
    }
}
