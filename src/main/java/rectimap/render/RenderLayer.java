package rectimap.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Symbolizer;

/**
 * A {@link MapLayer} made ready to draw: every feature projected to the display CRS (EPSG:4546 metres) and packed,
 * an STRtree of display envelopes for culling and hit-testing, and generalised copies for small scales. Build it off
 * the UI thread once per change of the layer's features ({@link #build}); a change of style, visibility or opacity only
 * needs {@link #withMapLayer}, which shares the projected data. Immutable and safe to read from any thread.
 */
public final class RenderLayer {

    /**
     * The metres per pixel each generalised level is made for; level i+1 is simplified to half a pixel at
     * {@code LEVEL_METRES_PER_PIXEL[i]}. Level 0 is the full geometry, used below 2.5 m per pixel.
     * Steps of two keep each level within a factor of two of the pixel size (dense digitised lines shrink 5–10×).
     */
    static final double[] LEVEL_METRES_PER_PIXEL = {2.5, 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560};

    private final MapLayer mapLayer;
    private final ProjectedFeatures data;
    private final Symbolizer[] symbolizers;
    /**
     * Each symbolizer's rank by its first feature in layer order: the order classes are painted in, the same in
     * every band and every run (an identity map's or the style's {@code Map.copyOf} order changes from run to run).
     */
    private final Map<Symbolizer, Integer> symbolizerRanks;
    private final BitSet[] emphasised;

    private RenderLayer(MapLayer mapLayer, ProjectedFeatures data) {
        this(mapLayer, data, null, null);
    }

    /**
     * {@code previous} (may be null) lends the symbolizer and emphasis of features that did not change and kept
     * the style: {@code source[i]} is the previous index of feature i, or -1.
     */
    private RenderLayer(MapLayer mapLayer, ProjectedFeatures data, RenderLayer previous, int[] source) {
        this.mapLayer = mapLayer;
        this.data = data;
        this.symbolizerRanks = new IdentityHashMap<>();
        LayerStyle style = mapLayer.style();
        List<Emphasis> emphases = style.emphases();
        Feature[] features = data.features;
        boolean reuse = previous != null && previous.mapLayer.style().equals(style);
        symbolizers = new Symbolizer[features.length];
        emphasised = new BitSet[emphases.size()];
        for (int e = 0; e < emphasised.length; e++) {
            emphasised[e] = new BitSet(features.length);
        }
        for (int i = 0; i < features.length; i++) {
            int old = reuse ? source[i] : -1;
            symbolizers[i] = old >= 0 ? previous.symbolizers[old] : style.symbolizerFor(features[i]);
            symbolizerRanks.putIfAbsent(symbolizers[i], symbolizerRanks.size());
            for (int e = 0; e < emphasised.length; e++) {
                if (old >= 0 ? previous.emphasised[e].get(old) : emphases.get(e).appliesTo(features[i])) {
                    emphasised[e].set(i);
                }
            }
        }
    }

    /**
     * {@code styled}'s layer shown with another visibility or opacity: the same features and style, so its classes
     * and emphases are shared, not worked out again per feature (a layer list change must not cost a pass over a
     * 100,000-feature layer on the UI thread).
     */
    private RenderLayer(MapLayer mapLayer, RenderLayer styled) {
        this.mapLayer = mapLayer;
        this.data = styled.data;
        this.symbolizers = styled.symbolizers;
        this.symbolizerRanks = styled.symbolizerRanks;
        this.emphasised = styled.emphasised;
    }

    /**
     * Projects and indexes the layer. {@code toDisplay} maps a stored geometry (EPSG:4490 lon/lat for project layers)
     * to display metres and must be thread-safe; {@code UnaryOperator.identity()} for data already in display units.
     * Slow for big layers (≈1 s per 100,000 polygons): call off the UI thread.
     */
    public static RenderLayer build(MapLayer mapLayer, UnaryOperator<Geometry> toDisplay) {
        return new RenderLayer(mapLayer, new ProjectedFeatures(mapLayer.layer(), DisplayProjection.of(toDisplay)));
    }

    /**
     * Projects the layer from its stored CRS ({@link rectimap.model.LayerInfo#srid()}, EPSG:4490 for project layers)
     * to the display CRS EPSG:4546 and indexes it. Slow for big layers: call off the UI thread.
     */
    public static RenderLayer forDisplay(MapLayer mapLayer) {
        int srid = mapLayer.info().srid();
        if (srid == Epsg.CGCS2000_GK_CM_111E) {
            return build(mapLayer, UnaryOperator.identity());
        }
        CrsTransform toDisplay = CrsTransform.between(srid == 0 ? Epsg.CGCS2000 : srid, Epsg.CGCS2000_GK_CM_111E);
        return new RenderLayer(mapLayer, new ProjectedFeatures(mapLayer.layer(), DisplayProjection.of(toDisplay)));
    }

    /** {@link #forDisplay(MapLayer)} for each layer, in the same order. */
    public static List<RenderLayer> forDisplay(List<MapLayer> mapLayers) {
        List<RenderLayer> built = new ArrayList<>(mapLayers.size());
        for (MapLayer mapLayer : mapLayers) {
            built.add(forDisplay(mapLayer));
        }
        return built;
    }

    /**
     * This layer with another style, visibility or opacity, or after an edit. When {@code changed} holds the same
     * {@code Layer} instance the projected data is shared. Otherwise only the features that are not the same
     * instance as here (the ones an edit added or replaced) are projected and put in the index; the rest keep their
     * display data, so an edit of a 100,000-feature layer costs milliseconds, not a second. Fine on the UI thread
     * for edits; a wholly different layer is projected again (slow: background).
     */
    public RenderLayer withMapLayer(MapLayer changed) {
        if (changed.layer() == data.layer) {
            return changed.style().equals(mapLayer.style()) ? new RenderLayer(changed, this)
                    : new RenderLayer(changed, data);
        }
        ProjectedFeatures updated = data.updatedTo(changed.layer());
        // Projected again as a whole (most features new, e.g. the layer read again from the file): nothing to lend.
        return updated.source == null ? new RenderLayer(changed, updated)
                : new RenderLayer(changed, updated, this, updated.source);
    }

    /**
     * Builds the spatial index now if it is not built yet (a frame of the whole layer does not need it; zooming in,
     * hit-testing and snapping do). Call it off the UI thread after a big layer's first frame. Thread-safe.
     */
    public void prepareIndex() {
        data.index();
    }

    /** Whether queries find the spatial index built (else the first one builds it). Thread-safe. */
    public boolean indexReady() {
        return data.indexReady();
    }

    public MapLayer mapLayer() {
        return mapLayer;
    }

    public String tableName() {
        return mapLayer.tableName();
    }

    /** The display extent of all features (EPSG:4546 metres); null envelope for an empty layer. */
    public Envelope extent() {
        return new Envelope(data.extent);
    }

    /** The number of features. */
    public int size() {
        return data.features.length;
    }

    /**
     * Ids of the features within {@code toleranceMetres} of the display point, nearest first and, at equal distance
     * (e.g. both contain the point), the one drawn on top first.
     */
    public List<Long> hits(double mapX, double mapY, double toleranceMetres) {
        return hits(mapX, mapY, toleranceMetres, AreaHit.NEAR);
    }

    /**
     * As {@link #hits(double, double, double)}, with areas hit as {@code areaHit} says: {@link AreaHit#NEAR} within
     * the tolerance of their outline like points and lines, {@link AreaHit#CONTAINING} only when they contain the
     * point (identify: a click beside a polygon is not on it).
     */
    public List<Long> hits(double mapX, double mapY, double toleranceMetres, AreaHit areaHit) {
        Envelope probe = new Envelope(mapX, mapX, mapY, mapY);
        probe.expandBy(toleranceMetres);
        List<double[]> found = new ArrayList<>();
        forEachIn(probe, i -> {
            boolean areal = data.dimension[i] == 2;
            double distance = PlaneDistance.toShape(data.detail[i], mapX, mapY, areal);
            if (areaHit == AreaHit.CONTAINING && areal ? distance == 0 : distance <= toleranceMetres) {
                found.add(new double[] {distance, i});
            }
        });
        found.sort(Comparator.<double[]>comparingDouble(h -> h[0]).thenComparing(h -> -h[1]));
        List<Long> ids = new ArrayList<>(found.size());
        for (double[] hit : found) {
            ids.add(data.features[(int) hit[1]].id());
        }
        return ids;
    }

    /**
     * The feature with this id as stored (not projected), for tools that found it with {@link #hits}; O(log n).
     */
    public java.util.Optional<Feature> featureById(long featureId) {
        int index = data.indexOf(featureId);
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(data.features[index]);
    }

    /** Calls {@code action} with the index of every feature whose display envelope meets {@code area}, in layer order. */
    void forEachIn(Envelope area, IntConsumer action) {
        if (area.covers(data.extent)) {
            for (int i = 0; i < data.features.length; i++) {
                action.accept(i);
            }
            return;
        }
        IndexList found = new IndexList();
        data.index().query(area, found::add);
        // The tree returns its own order; sorting restores draw order so "topmost" stays stable across frames.
        int[] indices = found.sorted();
        for (int index : indices) {
            action.accept(index);
        }
    }

    /** The generalisation level to draw at {@code metresPerPixel}: the coarsest whose tolerance is ≤ half a pixel. */
    static int levelFor(double metresPerPixel) {
        int level = 0;
        while (level < LEVEL_METRES_PER_PIXEL.length && LEVEL_METRES_PER_PIXEL[level] <= metresPerPixel) {
            level++;
        }
        return level;
    }

    /** The packed display shape of feature i at a level; null when it collapsed there (draw a dot). */
    DisplayShape shape(int index, int level) {
        return data.shape(index, level);
    }

    Envelope envelope(int index) {
        return data.envelopes[index];
    }

    /** Whether this layer's classes and emphases are {@code other}'s, shared rather than worked out again. */
    boolean sharesClassesWith(RenderLayer other) {
        return symbolizers == other.symbolizers && emphasised == other.emphasised;
    }

    /** 0 for points, 1 for lines, 2 for areas. */
    int dimension(int index) {
        return data.dimension[index];
    }

    Feature feature(int index) {
        return data.features[index];
    }

    Symbolizer symbolizer(int index) {
        return symbolizers[index];
    }

    /** Where {@code symbolizer} (one of this layer's) stands in the order classes are painted in. */
    int symbolizerRank(Symbolizer symbolizer) {
        return symbolizerRanks.getOrDefault(symbolizer, Integer.MAX_VALUE);
    }

    /** Whether emphasis number {@code emphasis} of the style applies to feature i. */
    boolean emphasised(int emphasis, int index) {
        return emphasised[emphasis].get(index);
    }

    /** The index of the feature with this id, or -1. */
    int indexOf(long featureId) {
        return data.indexOf(featureId);
    }

    /** The display point where a label for feature i is anchored (interior point, line midpoint or the point). */
    double[] labelAnchor(int index) {
        return data.labelAnchor(index);
    }

    /** A size for label priority: display envelope area for areas, diagonal for lines, 0 for points. */
    double labelWeight(int index) {
        Envelope e = data.envelopes[index];
        return switch (data.dimension[index]) {
            case 2 -> e.getArea();
            case 1 -> Math.hypot(e.getWidth(), e.getHeight());
            default -> 0;
        };
    }
}
