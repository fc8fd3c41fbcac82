package rectimap.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.style.LabelRule;
import rectimap.raster.RasterFrame;

/**
 * Draws a map through a {@link DrawingSurface}: the visible layers bottom to top (culled by their index, generalised
 * for the scale, layer opacity applied), the style emphases, the highlighted features on top, then labels placed
 * without collisions. One surface unit is one viewport pixel. Stateless apart from the dpi: one renderer may serve
 * many threads, each with its own surface.
 */
public final class MapRenderer {

    /** The nominal resolution of a screen, for the scale 1:N shown and for label scale thresholds. */
    public static final double SCREEN_DPI = 96;
    /** How far past the viewport features are still fetched, in mm, so wide symbols at the edge are not cut. */
    private static final double SYMBOL_MARGIN_MM = 6;

    private final double dpi;
    private final FramePainting painting;
    private final LabelReach labelReach;

    /**
     * A renderer that computes scales for an output of {@code dpi} pixels per inch, painting big frames on a Java2D
     * image in bands per core (about twice as fast on two free cores; see BENCHMARKS.md).
     */
    public MapRenderer(double dpi) {
        this(dpi, FramePainting.BANDS_PER_CORE);
    }

    /** A renderer for {@code dpi} pixels per inch that paints frames as {@code painting} says. */
    public MapRenderer(double dpi, FramePainting painting) {
        this(dpi, painting, LabelReach.SCALE_THRESHOLDS);
    }

    /** A renderer for {@code dpi} pixels per inch whose labels show as {@code labelReach} says. */
    public MapRenderer(double dpi, FramePainting painting, LabelReach labelReach) {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        this.dpi = dpi;
        this.painting = java.util.Objects.requireNonNull(painting, "painting");
        this.labelReach = java.util.Objects.requireNonNull(labelReach, "labelReach");
    }

    public static MapRenderer forScreen() {
        return new MapRenderer(SCREEN_DPI);
    }

    /**
     * This renderer for an output {@code factor} times as dense (a HiDPI screen at that scale): same frame painting
     * and label reach, so a viewport with {@code factor} times the pixels each way shows the same scale and symbols.
     */
    public MapRenderer denser(double factor) {
        return factor == 1 ? this : new MapRenderer(dpi * factor, painting, labelReach);
    }

    /** A renderer for a printed sheet drawn at {@code dpi}: labels by the space they take on paper. */
    public static MapRenderer forPaper(double dpi) {
        return new MapRenderer(dpi, FramePainting.BANDS_PER_CORE, LabelReach.PAPER_SPACE);
    }

    /** The dpi scales are computed for. */
    public double dpi() {
        return dpi;
    }

    /** The scale denominator N (1:N) of the viewport at this renderer's dpi. */
    public double scaleDenominator(Viewport viewport) {
        return viewport.scaleDenominator(dpi);
    }

    /**
     * Draws {@code layers} (first is bottom; invisible ones skipped) and then {@code highlights} (any layer, shown
     * even when their layer is hidden) onto {@code surface}. Does not clear the surface.
     */
    public RenderStats render(List<RenderLayer> layers, Viewport viewport, DrawingSurface surface,
                              Collection<FeatureRef> highlights) {
        return render(layers, viewport, surface, highlights, List.of());
    }

    /**
     * As {@link #render(List, Viewport, DrawingSurface, Collection)}, keeping labels out of {@code labelKeepOut}
     * (surface units), e.g. where the caller draws the 示意 badge or a legend afterwards.
     */
    public RenderStats render(List<RenderLayer> layers, Viewport viewport, DrawingSurface surface,
                              Collection<FeatureRef> highlights, List<Envelope> labelKeepOut) {
        return render(List.of(), layers, viewport, surface, highlights, labelKeepOut);
    }

    /**
     * As {@link #render(List, Viewport, DrawingSurface, Collection, List)} over raster ground: {@code under} (first
     * is lowest, each with its opacity; see {@link RasterFramePainter}) is drawn before every vector layer, whose
     * area fills then let the ground show through ({@link Ground#IMAGERY}), and the imagery's attribution is written
     * in the bottom-right corner after the labels, which keep out of it.
     */
    public RenderStats render(List<RasterFrame> under, List<RenderLayer> layers, Viewport viewport,
                              DrawingSurface surface, Collection<FeatureRef> highlights, List<Envelope> labelKeepOut) {
        for (RasterFrame frame : under) {
            RasterFramePainter.paint(frame, viewport, surface);
        }
        String credit = RasterAttribution.text(under);
        Envelope creditBox = RasterAttribution.bounds(credit, surface);
        if (creditBox != null) {
            labelKeepOut = new ArrayList<>(labelKeepOut);
            labelKeepOut.add(creditBox);
        }
        Ground ground = under.stream().anyMatch(f -> f.opacity() > 0) ? Ground.IMAGERY : Ground.PLAIN;
        RenderStats stats = renderVectors(layers, viewport, surface, highlights, labelKeepOut, ground);
        RasterAttribution.paint(credit, surface);
        return stats;
    }

    private RenderStats renderVectors(List<RenderLayer> layers, Viewport viewport, DrawingSurface surface,
                                      Collection<FeatureRef> highlights, List<Envelope> labelKeepOut, Ground ground) {
        ShapeTracer tracer = new ShapeTracer(surface, viewport);
        LabelCollector labels = new LabelCollector(surface, tracer, viewport);
        int level = RenderLayer.levelFor(viewport.metresPerPixel());
        Envelope fetch = viewport.visibleExtent();
        double marginMetres = SYMBOL_MARGIN_MM * surface.unitsPerMm() * viewport.metresPerPixel();
        fetch.expandBy(marginMetres);
        double scale = scaleDenominator(viewport);
        int drawn = 0;
        List<VisibleLayer> frame = new ArrayList<>();
        List<List<LabelRequest>> labelGroups = new ArrayList<>();
        for (RenderLayer layer : layers) {
            MapLayer mapLayer = layer.mapLayer();
            if (!mapLayer.visible() || mapLayer.opacity() == 0) {
                continue;
            }
            IndexList visible = new IndexList();
            layer.forEachIn(fetch, visible::add);
            drawn += visible.size();
            frame.add(new VisibleLayer(layer, visible));
            LabelRule rule = mapLayer.style().label();
            if (rule != null && labelReach.considers(rule, scale)) {
                labelGroups.add(labels.collect(layer, rule, visible));
            }
        }
        FrameBands.paint(frame, surface, viewport, level, marginMetres, painting, ground);
        paintHighlights(layers, highlights, new HighlightPainter(surface, tracer), level);
        List<PlacedLabel> placed = new LabelPlacer(surface.width(), surface.height(), labelKeepOut)
                .place(labelReach.select(labelGroups, surface.width(), surface.height()));
        double haloUnits = LabelCollector.HALO_MM * surface.unitsPerMm();
        for (PlacedLabel label : placed) {
            LabelRule rule = label.request().rule();
            surface.text(label.request().text(), label.x(), label.y(), label.request().sizeUnits(), FontWeight.NORMAL,
                    rule.color(), rule.halo(), haloUnits);
        }
        return new RenderStats(drawn, placed.size());
    }

    private static void paintHighlights(List<RenderLayer> layers, Collection<FeatureRef> highlights,
                                        HighlightPainter painter, int level) {
        for (FeatureRef ref : highlights) {
            for (RenderLayer layer : layers) {
                if (layer.tableName().equals(ref.tableName())) {
                    int index = layer.indexOf(ref.featureId());
                    if (index >= 0) {
                        painter.paint(layer, index, level);
                    }
                }
            }
        }
    }
}
