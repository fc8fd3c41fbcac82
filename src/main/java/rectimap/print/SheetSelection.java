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
import rectimap.campaign.FieldLabels;
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
 * CGCS2000 lon/lat), and what the legend and the responsibility table say about them. A legend row shows for every
 * class on the map; its count and area or length are of what lies inside the sheet's {@link SheetScope} (its place),
 * ellipsoidal via {@link Measure}, so no figure exceeds the place; the table lists the areas inside the place.
 */
final class SheetSelection {

    /** Points along each side of the frame when it is turned into lon/lat (the projection bends straight lines). */
    private static final int EDGE_POINTS = 16;

    private final List<RenderLayer> layers;
    private final PreparedGeometry frameLonLat;
    private final SheetScope scope;

    private SheetSelection(List<RenderLayer> layers, PreparedGeometry frameLonLat, SheetScope scope) {
        this.layers = layers;
        this.frameLonLat = frameLonLat;
        this.scope = scope;
    }

    /** The features on a sheet of {@code place} (null: a plain map area) whose frame shows {@code frameDisplay}. */
    static SheetSelection of(SheetContent content, SheetPlace place, Envelope frameDisplay) {
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
        return new SheetSelection(content.layers(), PreparedGeometryFactory.prepare(polygon),
                SheetScope.of(content, place, polygon));
    }

    /** What the figures are about. */
    SheetScope scope() {
        return scope;
    }

    /**
     * Legend rows for every visible layer with features on the sheet, top layer first (as the map stacks them, so
     * the planning layers a meeting is about come before the reference layers when space runs out); layer and class
     * titles as {@code labels} name them (the layer panel's names, in the sheet's language).
     */
    List<LegendEntry> legend(FieldLabels labels) {
        List<LegendEntry> entries = new ArrayList<>();
        for (RenderLayer layer : reversed(layers)) {
            MapLayer mapLayer = layer.mapLayer();
            if (!mapLayer.visible() || mapLayer.opacity() == 0) {
                continue;
            }
            LayerStyle style = mapLayer.style();
            boolean figures = mapLayer.info().role() == LayerRole.PLANNING;
            String title = labels.layerTitle(mapLayer.info());
            Map<Symbolizer, Tally> byClass = new LinkedHashMap<>();
            Map<Emphasis, Tally> byEmphasis = new LinkedHashMap<>();
            for (rectimap.model.Feature feature : mapLayer.layer().features()) {
                if (feature.geometry() == null || !frameLonLat.intersects(feature.geometry())) {
                    continue;
                }
                Symbolizer symbol = style.symbolizerFor(feature);
                String label = symbol == style.base() ? title : labels.classTitle(classLabel(style, symbol));
                double inside = figures ? scope.measureInside(feature.geometry()) : -1;
                byClass.computeIfAbsent(symbol, s -> new Tally(label)).add(feature.geometry(), inside);
                for (Emphasis emphasis : style.emphases()) {
                    if (emphasis.appliesTo(feature)) {
                        byEmphasis.computeIfAbsent(emphasis,
                                e -> new Tally(labels.classTitle(style.titleOf(e.value())))).add(feature.geometry(),
                                inside);
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

    /**
     * The 责任区 inside the sheet's place: 区域 (township and village, or the kind as {@code labels} titles it),
     * 责任人, 单位, 电话.
     */
    SheetTable responsibilityTable(SheetText text, FieldLabels labels) {
        List<List<String>> rows = new ArrayList<>();
        for (RenderLayer layer : layers) {
            if (!layer.tableName().equals(SheetContent.RESPONSIBILITY_TABLE) || !layer.mapLayer().visible()) {
                continue;
            }
            for (rectimap.model.Feature feature : layer.mapLayer().layer().features()) {
                if (feature.geometry() != null && scope.measureInside(feature.geometry()) >= 0) {
                    String area = (feature.text("township") + " " + feature.text("village")).strip();
                    rows.add(List.of(area.isEmpty() ? labels.classTitle(feature.text("kind")) : area, feature.text("person"),
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
                return style.titleOf(entry.getKey());
            }
        }
        return "";
    }

    /** One legend row: its symbol's dimension, and the count and total measure of the features inside the scope. */
    private static final class Tally {
        final String label;
        int count;
        double measure;
        int dimension;

        Tally(String label) {
            this.label = label;
        }

        /** Adds a feature on the map; {@code inside} is its measure inside the scope, -1 when outside. */
        void add(Geometry lonLat, double inside) {
            dimension = Math.max(dimension, lonLat.getDimension());
            if (inside >= 0) {
                count++;
                measure += inside;
            }
        }
    }
}
