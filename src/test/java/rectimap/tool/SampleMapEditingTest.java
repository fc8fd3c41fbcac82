package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.edit.CommandRefused;
import rectimap.edit.CommandResult;
import rectimap.edit.EditSession;
import rectimap.edit.OverlapPolicy;
import rectimap.edit.UndoHistory;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Selection;
import rectimap.render.RenderLayer;
import rectimap.render.Viewport;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The tools on the real district map: the committed sample GeoPackage plus an empty 责任区 layer, the campaign's rules,
 * and an edit session, driven by pointer events as the map view would forward them.
 */
class SampleMapEditingTest {
    private static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    private static final double METRES_PER_PIXEL = 2;

    private final List<ToolResult> results = new ArrayList<>();
    private final Snapper snapper = new Snapper();
    private EditSession session;
    private Viewport viewport;
    private Coordinate townshipCornerDisplay;
    private Coordinate townshipCornerStored;
    private Selection selection = Selection.empty();

    @BeforeEach
    void openTheSample() {
        Project project;
        try (GeoPackageStore store = GeoPackageStore.open(SAMPLE, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(SAMPLE, store);
        }
        List<MapLayer> layers = new ArrayList<>(project.layers());
        Layer areas = new Layer(ResponsibilityAreaSchema.schema().info(), List.of());
        layers.add(new MapLayer(areas, SampleStyles.defaultFor(areas.info().type().geometryKind()), true, 1));
        session = new EditSession(project.withLayers(layers), new UndoHistory(), null, PlanningRules.INSTANCE);

        Feature township = session.project().layer("township").orElseThrow().layer().features().get(0);
        townshipCornerStored = township.geometry().getCoordinates()[0];
        townshipCornerDisplay = LayerProjection.of(session.project().layer("township").orElseThrow())
                .toDisplay(township.geometry()).getCoordinates()[0];
        viewport = new Viewport(townshipCornerDisplay.x, townshipCornerDisplay.y, METRES_PER_PIXEL, 1000, 800);
    }

    private ToolContext context() {
        return new ToolContext(viewport, RenderLayer.forDisplay(session.project().layers()),
                ResponsibilityAreaSchema.TABLE, selection, snapper,
                new CommandBasis(session.project(), PlanningRules.INSTANCE, OverlapPolicy.AVOID), results::add);
    }

    private void send(MapTool tool, PointerKind kind, double x, double y) {
        tool.onPointer(PointerEvent.of(kind, x, y), context());
    }

    private void click(MapTool tool, double x, double y) {
        send(tool, PointerKind.MOVE, x, y);
        send(tool, PointerKind.PRESS, x, y);
        send(tool, PointerKind.RELEASE, x, y);
    }

    /**
     * Draws a square of 200 × 200 px (400 m) whose first corner is clicked 7 px off the township's corner (and
     * snaps onto it), then turns snapping off with S so the other corners stay where they are clicked.
     */
    private ToolResult.NewFeature drawAreaFromTheTownshipCorner(DrawPolygonTool tool) {
        snapper.setMode(SnapMode.ON);
        click(tool, 500 + 5, 400 - 5);
        tool.onKey(KeyInput.of(Key.S), context());
        click(tool, 700, 400);
        click(tool, 700, 200);
        click(tool, 500, 200);
        send(tool, PointerKind.MOVE, 500, 200);
        send(tool, PointerKind.DOUBLE_CLICK, 500, 200);
        return (ToolResult.NewFeature) results.get(results.size() - 1);
    }

    private static Map<String, Object> patrolArea(String person) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", ResponsibilityAreaSchema.KIND_PATROL);
        values.put("person", person);
        return values;
    }

    @Test
    void aResponsibilityAreaDrawnOnTheSampleSnapsToTheTownshipAndIsStoredWithItsArea() throws CommandRefused {
        DrawPolygonTool tool = new DrawPolygonTool();
        ToolResult.NewFeature drawn = drawAreaFromTheTownshipCorner(tool);

        Geometry stored = drawn.draft().geometry();
        assertThat(stored.getCoordinates()[0].equals2D(townshipCornerStored, 1e-9))
                .as("first vertex snapped onto the township corner %s: %s", townshipCornerStored,
                        stored.getCoordinates()[0]).isTrue();
        CommandResult added = session.run(drawn.command(patrolArea("张三"), OverlapPolicy.AVOID));
        Feature area = added.changes().changes().get(0).after();
        assertThat(added.changes().name()).startsWith("新建 ").endsWith(" 责任区");
        assertThat((Double) area.get("area_m2")).isEqualTo(Measure.areaM2(area.geometry()));
        // 400 m × 400 m on the Gauss-Krüger plane, whose scale factor is ≥ 1 (≤ 1.0003 within the district): a little
        // less on the ellipsoid.
        assertThat((Double) area.get("area_m2")).isBetween(159_900.0, 160_000.0);
    }

    @Test
    void anOverlappingSecondAreaOfTheSameKindIsClippedAndSaysSo() throws CommandRefused {
        session.run(drawAreaFromTheTownshipCorner(new DrawPolygonTool()).command(patrolArea("张三"),
                OverlapPolicy.AVOID));
        DrawPolygonTool tool = new DrawPolygonTool();
        snapper.setMode(SnapMode.OFF);
        click(tool, 600, 300);
        click(tool, 800, 300);
        click(tool, 800, 100);
        click(tool, 600, 100);
        tool.onKey(KeyInput.of(Key.ENTER), context());
        ToolResult.NewFeature second = (ToolResult.NewFeature) results.get(results.size() - 1);

        CommandResult added = session.run(second.command(patrolArea("李四"), OverlapPolicy.AVOID));
        assertThat(added.clipped()).isTrue();
        assertThat(added.clips().get(0).label()).contains("已避让 1 个");
    }

    @Test
    void theDrawnAreaIsSplitByALineAndUndoRestoresIt() throws CommandRefused {
        session.run(drawAreaFromTheTownshipCorner(new DrawPolygonTool()).command(patrolArea("张三"),
                OverlapPolicy.AVOID));
        Feature drawn = session.project().layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features().get(0);
        selection = Selection.of(List.of(new FeatureRef(ResponsibilityAreaSchema.TABLE, drawn.id())));
        snapper.setMode(SnapMode.OFF);
        SplitTool split = new SplitTool();
        click(split, 600, 180);
        click(split, 600, 420);
        split.onKey(KeyInput.of(Key.ENTER), context());

        ToolResult.Edit edit = (ToolResult.Edit) results.get(results.size() - 1);
        assertThat(edit.step().name()).startsWith("拆分 ");
        session.execute(edit.step());
        List<Feature> parts = session.project().layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features();
        assertThat(parts).hasSize(2);
        double partsM2 = parts.stream().mapToDouble(f -> (Double) f.get("area_m2")).sum();
        // The cut points lie on the straight lon/lat edge, not exactly on the geodesic: a few cm² apart in 16 ha.
        assertThat(partsM2).isCloseTo((Double) drawn.get("area_m2"), org.assertj.core.data.Offset.offset(1.0));

        session.undo();
        assertThat(session.project().layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer().features())
                .containsExactly(drawn);
    }
}
