package rectimap.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerRules;
import rectimap.edit.OverlapPolicy;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;
import rectimap.model.Selection;
import rectimap.model.Derivation;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;

/**
 * A small project stored in EPSG:4490 around 111°E 35°N (display EPSG:4546 ≈ 500 000 E, 3 874 593 N), a viewport of
 * 1 m per pixel centred on (500 000, 3 874 600), and a sink collecting what tools emit. Geometries are written in
 * display metres (easy to reason about in pixels) and stored through the real proj4j transform.
 */
final class ToolBench {
    static final double CENTRE_X = 500_000;
    static final double CENTRE_Y = 3_874_600;
    static final Viewport VIEWPORT = new Viewport(CENTRE_X, CENTRE_Y, 1.0, 800, 600);
    static final List<Field> ZONE_FIELDS = List.of(new Field("name", FieldType.TEXT),
            new Field("area_m2", FieldType.REAL, Derivation.AREA_M2),
            new Field("area_mu", FieldType.REAL, Derivation.AREA_MU));

    final List<ToolResult> results = new ArrayList<>();
    final Snapper snapper = new Snapper();
    Project project = new Project(null, List.of());
    String activeTable;
    Selection selection = Selection.empty();

    /** Adds a layer whose features (ids 1, 2, …) have these display-metre WKT geometries, stored in EPSG:4490. */
    ToolBench layer(String table, GeometryKind kind, LayerRole role, String... displayWkts) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < displayWkts.length; i++) {
            features.add(new Feature(i + 1, stored(displayWkts[i]), Map.of("name", table + "-" + (i + 1))));
        }
        LayerInfo info = new LayerInfo(new FeatureType(table, kind, ZONE_FIELDS), table + "层", role,
                Provenance.SURVEYED, "", Epsg.CGCS2000);
        MapLayer mapLayer = new MapLayer(new Layer(info, features),
                LayerStyle.simple(Symbolizer.area(Rgba.WHITE, Rgba.BLACK, 0.3)), true, 1);
        List<MapLayer> layers = new ArrayList<>(project.layers());
        layers.add(mapLayer);
        project = project.withLayers(layers);
        return this;
    }

    ToolBench active(String table) {
        activeTable = table;
        return this;
    }

    ToolContext context() {
        return new ToolContext(VIEWPORT, RenderLayer.forDisplay(project.layers()), activeTable, selection, snapper,
                new CommandBasis(project, LayerRules.NONE, OverlapPolicy.AVOID), this::accept);
    }

    private void accept(ToolResult result) {
        results.add(result);
        if (result instanceof ToolResult.SelectionChange change) {
            selection = change.selection();
        }
    }

    /** Applies the last emitted edit to the project, as the application would. */
    void applyLast() {
        ChangeSet step = lastEdit();
        project = ChangeApplier.apply(project, step);
    }

    ChangeSet lastEdit() {
        return ((ToolResult.Edit) results.get(results.size() - 1)).step();
    }

    Feature feature(String table, long id) {
        return project.layer(table).orElseThrow().layer().feature(id).orElseThrow();
    }

    /** Sends one pointer event. */
    void pointer(MapTool tool, PointerKind kind, double screenX, double screenY) {
        tool.onPointer(PointerEvent.of(kind, screenX, screenY), context());
    }

    /** A click: press and release at the same place. */
    void click(MapTool tool, double screenX, double screenY) {
        pointer(tool, PointerKind.MOVE, screenX, screenY);
        pointer(tool, PointerKind.PRESS, screenX, screenY);
        pointer(tool, PointerKind.RELEASE, screenX, screenY);
    }

    /** A double-click as JavaFX delivers it: two clicks, then the double-click. */
    void doubleClick(MapTool tool, double screenX, double screenY) {
        click(tool, screenX, screenY);
        click(tool, screenX, screenY);
        pointer(tool, PointerKind.DOUBLE_CLICK, screenX, screenY);
    }

    /** A drag with the primary button from one screen point to another, in a few steps. */
    void drag(MapTool tool, double fromX, double fromY, double toX, double toY) {
        pointer(tool, PointerKind.MOVE, fromX, fromY);
        pointer(tool, PointerKind.PRESS, fromX, fromY);
        for (int step = 1; step <= 4; step++) {
            pointer(tool, PointerKind.DRAG, fromX + (toX - fromX) * step / 4, fromY + (toY - fromY) * step / 4);
        }
        pointer(tool, PointerKind.RELEASE, toX, toY);
    }

    void key(MapTool tool, Key key) {
        tool.onKey(KeyInput.of(key), context());
    }

    /** The screen x of a display easting. */
    static double screenX(double mapX) {
        return VIEWPORT.toScreenX(mapX);
    }

    static double screenY(double mapY) {
        return VIEWPORT.toScreenY(mapY);
    }

    static Geometry display(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    /** A display-metre WKT geometry in EPSG:4490 lon/lat, as stored. */
    static Geometry stored(String displayWkt) {
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000).apply(display(displayWkt));
    }
}
