package rectimap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.style.Emphasis;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * Draws the features of one {@link RenderLayer} for one frame, grouped by symbolizer: areas (fill, casing band and
 * outline per feature; tiny ones batched into one fill), lines (one path per class, all casings of the layer under all
 * strokes, thin classes first so major roads end on top), then point markers. Features under about a pixel become
 * dots. Not thread-safe; one per frame.
 */
final class LayerPainter {

    /**
     * Areas smaller than this many pixels are filled together in one path (overlap artefacts are invisible there) and
     * get no outline (it would cover them).
     */
    private static final double BATCH_BELOW_PX = 4;
    /** Line classes with at most this many features in the frame are stroked feature by feature. */
    private static final int ONE_BY_ONE_LINES = 32;
    /** Features smaller than this many pixels are drawn as a dot of this size. */
    private static final double DOT_PX = 1;

    private final DrawingSurface surface;
    private final ShapeTracer tracer;
    private final double metresPerPixel;
    private final double unitsPerMm;
    private final Ground ground;

    LayerPainter(DrawingSurface surface, ShapeTracer tracer, Viewport viewport, Ground ground) {
        this.ground = ground;
        this.surface = surface;
        this.tracer = tracer;
        this.metresPerPixel = viewport.metresPerPixel();
        this.unitsPerMm = surface.unitsPerMm();
    }

    /** Draws the given features (indices in layer order) of the layer at the generalisation level. */
    void paint(RenderLayer layer, IndexList visible, int level) {
        List<Map<Symbolizer, IndexList>> byDimension = List.of(new IdentityHashMap<>(), new IdentityHashMap<>(),
                new IdentityHashMap<>());
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            byDimension.get(layer.dimension(i)).computeIfAbsent(layer.symbolizer(i), s -> new IndexList()).add(i);
        }
        Comparator<Map.Entry<Symbolizer, IndexList>> byRank = Comparator.comparingInt(e -> layer.symbolizerRank(
                e.getKey()));
        List<Map.Entry<Symbolizer, IndexList>> areas = new ArrayList<>(byDimension.get(2).entrySet());
        areas.sort(byRank);
        areas.forEach(e -> paintAreas(layer, e.getKey(), e.getValue(), level));
        List<Map.Entry<Symbolizer, IndexList>> lines = new ArrayList<>(byDimension.get(1).entrySet());
        lines.sort(Comparator.<Map.Entry<Symbolizer, IndexList>>comparingDouble(e -> e.getKey().strokeWidthMm())
                .thenComparing(byRank));
        lines.forEach(e -> paintLines(layer, e.getKey(), e.getValue(), level, LinePass.CASING));
        lines.forEach(e -> paintLines(layer, e.getKey(), e.getValue(), level, LinePass.STROKE));
        List<Map.Entry<Symbolizer, IndexList>> points = new ArrayList<>(byDimension.get(0).entrySet());
        points.sort(Comparator.<Map.Entry<Symbolizer, IndexList>>comparingDouble(e -> e.getKey().markerSizeMm())
                .thenComparing(byRank));
        points.forEach(e -> paintMarkers(layer, e.getKey(), e.getValue()));
    }

    /** Draws the style's emphases over the matching features among {@code visible}. */
    void paintEmphases(RenderLayer layer, IndexList visible, int level) {
        List<Emphasis> emphases = layer.mapLayer().style().emphases();
        for (int e = 0; e < emphases.size(); e++) {
            IndexList[] byDimension = {new IndexList(), new IndexList(), new IndexList()};
            for (int k = 0; k < visible.size(); k++) {
                int i = visible.get(k);
                if (layer.emphasised(e, i)) {
                    byDimension[layer.dimension(i)].add(i);
                }
            }
            Symbolizer symbol = emphases.get(e).symbolizer();
            paintAreas(layer, symbol, byDimension[2], level);
            paintLines(layer, symbol, byDimension[1], level, LinePass.CASING);
            paintLines(layer, symbol, byDimension[1], level, LinePass.STROKE);
            paintMarkers(layer, symbol, byDimension[0]);
        }
    }

    private enum LinePass { CASING, STROKE }

    /**
     * Areas under {@link #BATCH_BELOW_PX} are filled in one path without outline; larger ones are filled and
     * outlined one by one, in layer order. One path per feature keeps Java2D's scanlines short (a single path of
     * thousands of rings costs about half as much again), and a later feature correctly covers an earlier one.
     */
    private void paintAreas(RenderLayer layer, Symbolizer symbol, IndexList members, int level) {
        if (members.size() == 0) {
            return;
        }
        double batchLimit = BATCH_BELOW_PX * metresPerPixel;
        Rgba fillColour = ground.fill(symbol.fill());
        boolean fill = !fillColour.isTransparent();
        boolean casing = !symbol.casing().isTransparent() && symbol.casingWidthMm() > 0;
        boolean stroke = !symbol.stroke().isTransparent() && symbol.strokeWidthMm() > 0;
        if (fill) {
            surface.beginPath();
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                if (!isDot(layer, i, level) && !isLarger(layer, i, batchLimit)) {
                    tracer.trace(layer.shape(i, level), true);
                }
            }
            surface.fillBatch(fillColour);
        }
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            if (isDot(layer, i, level) || !isLarger(layer, i, batchLimit)) {
                continue;
            }
            surface.beginPath();
            tracer.trace(layer.shape(i, level), true);
            if (fill) {
                surface.fill(fillColour);
            }
            if (casing) {
                surface.stroke(symbol.casing(), symbol.casingWidthMm() * unitsPerMm);
            }
            if (stroke) {
                surface.stroke(symbol.stroke(), symbol.strokeWidthMm() * unitsPerMm);
            }
        }
        paintDots(layer, members, level, fill ? fillColour : symbol.stroke());
    }

    private void paintLines(RenderLayer layer, Symbolizer symbol, IndexList members, int level, LinePass pass) {
        if (members.size() == 0) {
            return;
        }
        Rgba colour = pass == LinePass.CASING ? symbol.casing() : symbol.stroke();
        double widthMm = pass == LinePass.CASING ? symbol.casingWidthMm() : symbol.strokeWidthMm();
        if (colour.isTransparent() || widthMm <= 0) {
            return;
        }
        // A few long opaque lines (zoomed in) are cheaper one by one: Java2D's scanlines then span one road, not the
        // screen. Opaque, so crossings look the same either way; many short lines stay one path (per-call cost).
        boolean oneByOne = colour.alpha() >= 1 && members.size() <= ONE_BY_ONE_LINES;
        surface.beginPath();
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            if (!isDot(layer, i, level)) {
                tracer.trace(layer.shape(i, level), false);
                if (oneByOne) {
                    surface.stroke(colour, widthMm * unitsPerMm);
                    surface.beginPath();
                }
            }
        }
        if (!oneByOne) {
            surface.stroke(colour, widthMm * unitsPerMm);
        }
        if (pass == LinePass.STROKE) {
            paintDots(layer, members, level, colour);
        }
    }

    private void paintDots(RenderLayer layer, IndexList members, int level, Rgba colour) {
        if (colour.isTransparent()) {
            return;
        }
        boolean any = false;
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            if (isDot(layer, i, level)) {
                if (!any) {
                    surface.beginPath();
                    any = true;
                }
                tracer.dot(layer.envelope(i), DOT_PX);
            }
        }
        if (any) {
            surface.fillBatch(colour);
        }
    }

    private void paintMarkers(RenderLayer layer, Symbolizer symbol, IndexList members) {
        for (int k = 0; k < members.size(); k++) {
            DisplayShape shape = layer.shape(members.get(k), 0);
            for (int v = 0; v < shape.vertexCount(); v++) {
                MarkerSymbols.draw(surface, symbol, tracer.screenX(shape.xy[v * 2]),
                        tracer.screenY(shape.xy[v * 2 + 1]));
            }
        }
    }

    private boolean isDot(RenderLayer layer, int index, int level) {
        if (layer.shape(index, level) == null) {
            return true;
        }
        double limit = DOT_PX * metresPerPixel;
        return layer.envelope(index).getWidth() < limit && layer.envelope(index).getHeight() < limit;
    }

    private static boolean isLarger(RenderLayer layer, int index, double limitMetres) {
        return layer.envelope(index).getWidth() >= limitMetres || layer.envelope(index).getHeight() >= limitMetres;
    }
}
