package rectimap.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.render.FeaturesUnder;
import rectimap.render.MapRenderer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * The state behind the map view, without JavaFX so it is tested directly: the project, its render layers (projected
 * and indexed once per layer), the viewport and the highlighted features. Navigation methods replace the immutable
 * viewport and notify the listener. FX application thread only.
 */
public final class MapViewModel {
    /** Screen resolution assumed for scale figures, as QGIS and most GIS do when the display does not say. */
    public static final double SCREEN_DPI = MapRenderer.SCREEN_DPI;
    private static final double STEP_ZOOM = 2;
    private static final double PAN_FRACTION = 0.25;
    private static final int FIT_MARGIN_PX = 24;
    private static final double IDENTIFY_TOLERANCE_PX = 5;
    /** Closest a search result zooms in, so a village point is shown with its surroundings. */
    private static final double MIN_FIT_SCALE = 10_000;

    private final CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
    private final CrsTransform toLonLat = CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000);
    private Project project;
    private Map<String, RenderLayer> renderLayers = Map.of();
    private Viewport viewport = new Viewport(500_000, 3_880_000, 50, 800, 600);
    private Set<FeatureRef> highlights = Set.of();
    private Consumer<MapViewModel> onChange = m -> { };
    /** Display-only analysis overlays (coverage problems, highlights). Never edited or saved. */
    private final MapOverlays overlays = new MapOverlays();

    public void setOnChange(Consumer<MapViewModel> listener) {
        this.onChange = listener;
    }

    /** Shows a new project whose render layers were built off the FX thread; fits the full extent. */
    public void showProject(Project newProject, Map<String, RenderLayer> builtLayers) {
        this.project = newProject;
        this.renderLayers = Map.copyOf(builtLayers);
        this.highlights = Set.of();
        this.viewport = Viewport.fitting(fullExtent(), viewport.widthPx(), viewport.heightPx(), FIT_MARGIN_PX);
        onChange.accept(this);
        prepareIndexesInBackground(renderLayers.values());
    }

    /**
     * Builds the spatial indexes the first frame did not need (a whole-extent frame draws every feature), so the
     * first zoom, click or snap does not build a 100,000-feature index on the FX thread.
     */
    private static void prepareIndexesInBackground(Collection<RenderLayer> layers) {
        List<RenderLayer> pending = layers.stream().filter(l -> !l.indexReady()).toList();
        if (pending.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> pending.forEach(RenderLayer::prepareIndex), "render-index");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Shows the project after an edit (or undo), viewport kept: a layer whose data changed updates its render layer
     * from the previous one, projecting and indexing only the features the step added or replaced (milliseconds on a
     * 100,000-feature layer); the others keep theirs.
     */
    public void showEdited(Project edited) {
        Map<String, RenderLayer> updated = new HashMap<>();
        for (MapLayer layer : edited.layers()) {
            RenderLayer render = renderLayers.get(layer.tableName());
            updated.put(layer.tableName(), render == null ? RenderLayer.forDisplay(layer) : render.withMapLayer(layer));
        }
        project = edited;
        renderLayers = Map.copyOf(updated);
        prepareIndexesInBackground(renderLayers.values());
        highlights = Set.copyOf(highlights.stream().filter(r -> edited.layer(r.tableName())
                .flatMap(l -> l.layer().feature(r.featureId())).isPresent()).toList());
        onChange.accept(this);
    }

    /** Highlights exactly these features (the selection). */
    public void highlight(Set<FeatureRef> refs) {
        highlights = Set.copyOf(refs);
        onChange.accept(this);
    }

    /**
     * Replaces the layer list (visibility, opacity, order) of the same project; layers' data are unchanged, so the
     * projected render data is shared, not rebuilt.
     */
    public void updateLayers(List<MapLayer> drawingOrder) {
        project = project.withLayers(drawingOrder);
        Map<String, RenderLayer> updated = new HashMap<>();
        for (MapLayer layer : drawingOrder) {
            RenderLayer render = renderLayers.get(layer.tableName());
            if (render != null) {
                updated.put(layer.tableName(), render.withMapLayer(layer));
            }
        }
        renderLayers = Map.copyOf(updated);
        onChange.accept(this);
    }

    /**
     * The project's render layers in drawing order (bottom first), hidden ones included (the renderer skips them);
     * never the analysis overlay, so sheets, snapping and hit-testing see only the project's own data.
     */
    public List<RenderLayer> renderLayersInOrder() {
        List<RenderLayer> ordered = new ArrayList<>();
        if (project != null) {
            for (MapLayer layer : project.layers()) {
                RenderLayer render = renderLayers.get(layer.tableName());
                if (render != null) {
                    ordered.add(render);
                }
            }
        }
        return ordered;
    }

    /** What the screen paints: the project's layers and the coverage overlay, if shown, under the planning layers. */
    public List<RenderLayer> paintedLayersInOrder() {
        return overlays.painted(renderLayersInOrder());
    }

    /** The highlights the screen paints: none while the highlight overlay is switched off. */
    public Set<FeatureRef> paintedHighlights() {
        return overlays.painted(highlights);
    }

    /** Whether an analysis overlay is switched on (all are, until switched off). */
    public boolean overlayShown(MapOverlay overlay) {
        return overlays.shown(overlay);
    }

    /** Switches an analysis overlay on or off: display only, not a step of the project's history. */
    public void setOverlayShown(MapOverlay overlay, boolean shown) {
        if (overlays.setShown(overlay, shown)) {
            onChange.accept(this);
        }
    }

    /** The coverage overlay layer, shown or not; empty before the first coverage check. */
    public Optional<MapLayer> coverageOverlay() {
        return Optional.ofNullable(overlays.coverage()).map(RenderLayer::mapLayer);
    }

    public Project project() {
        return project;
    }

    public Viewport viewport() {
        return viewport;
    }

    public Set<FeatureRef> highlights() {
        return highlights;
    }

    /** The visible map layers, bottom first. */
    public List<MapLayer> visibleLayers() {
        List<MapLayer> visible = new ArrayList<>();
        if (project != null) {
            project.layers().stream().filter(MapLayer::visible).forEach(visible::add);
        }
        return visible;
    }

    public RenderLayer renderLayer(String tableName) {
        return renderLayers.get(tableName);
    }

    public double scaleDenominator() {
        return viewport.scaleDenominator(SCREEN_DPI);
    }

    public void resize(int widthPx, int heightPx) {
        if (widthPx > 0 && heightPx > 0 && (widthPx != viewport.widthPx() || heightPx != viewport.heightPx())) {
            setViewport(viewport.resized(widthPx, heightPx));
        }
    }

    public void setViewport(Viewport next) {
        viewport = next;
        onChange.accept(this);
    }

    public void zoomAt(double factor, double screenX, double screenY) {
        setViewport(viewport.zoomedAt(factor, screenX, screenY));
    }

    public void zoomIn() {
        zoomAt(STEP_ZOOM, viewport.widthPx() / 2.0, viewport.heightPx() / 2.0);
    }

    public void zoomOut() {
        zoomAt(1 / STEP_ZOOM, viewport.widthPx() / 2.0, viewport.heightPx() / 2.0);
    }

    public void panBy(double dxPx, double dyPx) {
        setViewport(viewport.pannedBy(dxPx, dyPx));
    }

    /** Pans by a quarter of the view in the given direction (arrow keys): dx, dy in -1..1, screen directions. */
    public void panStep(int dx, int dy) {
        panBy(-dx * viewport.widthPx() * PAN_FRACTION, -dy * viewport.heightPx() * PAN_FRACTION);
    }

    public void zoomToScale(double denominator) {
        setViewport(viewport.atScale(denominator, SCREEN_DPI));
    }

    public void zoomToFullExtent() {
        setViewport(Viewport.fitting(fullExtent(), viewport.widthPx(), viewport.heightPx(), FIT_MARGIN_PX));
    }

    public void zoomToLayer(String tableName) {
        RenderLayer layer = renderLayers.get(tableName);
        if (layer != null && !layer.extent().isNull()) {
            fit(layer.extent());
        }
    }

    /**
     * Shows {@code layer} as the coverage overlay until replaced, or removes it when null. It is a view (coverage
     * problems), not part of the project: never edited or saved; the layer panel lists it among the overlays. Small
     * layers only (it is projected on the calling FX thread).
     */
    public void showOverlay(MapLayer layer) {
        overlays.setCoverage(layer == null ? null : RenderLayer.forDisplay(layer));
        onChange.accept(this);
    }

    /** Zooms to a lon/lat geometry (EPSG:4490) and highlights these features (none: only zooms). */
    public void zoomToAndHighlight(Set<FeatureRef> refs, Geometry lonLat) {
        highlights = Set.copyOf(refs);
        fit(toDisplay.apply(lonLat).getEnvelopeInternal());
    }

    /** Zooms to a lon/lat geometry (EPSG:4490) and highlights the feature. */
    public void zoomToAndHighlight(FeatureRef ref, Geometry lonLat) {
        highlights = Set.of(ref);
        fit(toDisplay.apply(lonLat).getEnvelopeInternal());
    }

    private void fit(Envelope display) {
        Viewport fitted = Viewport.fitting(display, viewport.widthPx(), viewport.heightPx(), FIT_MARGIN_PX);
        if (fitted.scaleDenominator(SCREEN_DPI) < MIN_FIT_SCALE) {
            fitted = fitted.atScale(MIN_FIT_SCALE, SCREEN_DPI);
        }
        setViewport(fitted);
    }

    /** The extent of all layers in display metres (the district in the sample). */
    public Envelope fullExtent() {
        Envelope all = new Envelope();
        renderLayers.values().forEach(l -> all.expandToInclude(l.extent()));
        return all.isNull() ? viewport.visibleExtent() : all;
    }

    /**
     * Every visible feature under a screen point, grouped by layer, top-most layer and feature first: points and
     * lines within {@value #IDENTIFY_TOLERANCE_PX} px, areas by containment. Changes nothing (the identify panel
     * highlights the feature picked in it).
     */
    public List<FeaturesUnder.LayerHits> featuresAt(double screenX, double screenY) {
        return FeaturesUnder.at(renderLayersInOrder(), viewport.toMapX(screenX), viewport.toMapY(screenY),
                IDENTIFY_TOLERANCE_PX * viewport.metresPerPixel());
    }

    /** The CGCS2000 lon/lat of a screen point. */
    public Coordinate lonLatAt(double screenX, double screenY) {
        return toLonLat.apply(viewport.toMapX(screenX), viewport.toMapY(screenY));
    }

    /** The EPSG:4546 x/y of a screen point. */
    public Coordinate gridAt(double screenX, double screenY) {
        return new Coordinate(viewport.toMapX(screenX), viewport.toMapY(screenY));
    }
}
