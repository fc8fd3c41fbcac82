package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.edit.EditSession;
import rectimap.edit.MoveLayerCommand;
import rectimap.edit.SetLayerOpacityCommand;
import rectimap.edit.SetLayerStyleCommand;
import rectimap.edit.SetLayerVisibilityCommand;
import rectimap.edit.UndoHistory;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRules;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.style.ClassColouring;
import rectimap.model.style.Emphasis;
import rectimap.model.style.LabelRule;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.MarkerShape;
import rectimap.model.style.Rgba;
import rectimap.model.style.StyleChoice;
import rectimap.model.style.Symbolizer;

/**
 * Layer display steps (hide, restyle, opacity, reorder) go through the journal with the feature edits, in order, and
 * come back after reopening: the history with its names, the display state with the style, and undo after reopening
 * restores the exact first look. GDAL still opens the file and its validator passes.
 */
class LayerStateHistoryTest {
    /** A classified, labelled style with an emphasis and awkward text, so every part of the codec is used. */
    private static final LayerStyle DEFAULT = new LayerStyle(
            Symbolizer.area(Rgba.hex("#d9d9d9").withAlpha(0.35), Rgba.hex("#404040"), 0.3), "name",
            Map.of("解州镇\t\"示范\"\\", Symbolizer.marker(MarkerShape.FLAG, 3.5, Rgba.hex("#c62828"), Rgba.WHITE)),
            new LabelRule("name", Double.MAX_VALUE, 2.7, Rgba.hex("#262626"), Rgba.WHITE.withAlpha(0.9), 20),
            List.of(new Emphasis("code", "140802101217", Symbolizer.line(Rgba.hex("#ffd700"), 1.1))));

    @TempDir
    Path dir;

    @Test
    void displayStepsAndStyleSurviveReopeningAndUndoAfterwardsRestoresTheFirstLook() throws Exception {
        Path file = dir.resolve("layers.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("district", GeometryKind.POLYGON, "区界",
                    "POLYGON ((110 34, 112 34, 112 36, 110 34))"));
            store.write(FixtureLayers.layer("zone_area", GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))"));
        }
        Project first = project(file, List.of());
        EditSession session;
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            session = new EditSession(first, new UndoHistory(), journal, LayerRules.NONE);
            run(session, SetLayerVisibilityCommand.hide("district"));
            run(session, new SetLayerStyleCommand("zone_area", new StyleChoice(Rgba.hex("#2e7d32").withAlpha(0.6),
                    Rgba.BLACK, 0.75, 2.0, "code", ClassColouring.SINGLE).applyTo(DEFAULT)));
            var feature = first.layer("zone_area").orElseThrow().layer().features().get(0);
            session.execute(new ChangeSet("删除 整治片区", List.of(FeatureChange.removed("zone_area", feature))));
            run(session, new SetLayerOpacityCommand("zone_area", 0.6));
            run(session, new MoveLayerCommand("zone_area", 0));
            session.undo();
        }

        List<ChangeSet> history;
        int cursor;
        List<LayerDisplayState> states;
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            history = store.history();
            cursor = store.historyCursor();
            states = store.layerStates();
        }
        assertThat(history).isEqualTo(session.history().steps());
        assertThat(history).extracting(ChangeSet::name).containsExactly("隐藏图层 区界", "修改样式 整治片区",
                "删除 整治片区", "透明度 整治片区 60%", "调整图层顺序 整治片区");
        assertThat(cursor).isEqualTo(4);
        Project reopened = project(file, states);
        assertThat(views(reopened)).isEqualTo(views(session.project()));
        assertThat(reopened.layer("zone_area").orElseThrow().style().base().fill())
                .isEqualTo(Rgba.hex("#2e7d32").withAlpha(0.6));

        EditSession again = new EditSession(reopened, UndoHistory.of(history, cursor), null, LayerRules.NONE);
        again.redo();
        assertThat(again.project().layers().get(0).tableName()).isEqualTo("zone_area");
        again.undoTo(0);
        assertThat(views(again.project())).isEqualTo(views(first));

        GdalTools.validateGpkg(file).requireSuccess();
        assertThat(GdalTools.featureCounts(file)).containsOnlyKeys("district", "zone_area", "layer_styles");
    }

    @Test
    void aHistoryStepWrittenBeforeLayerStepsExistedIsStillRead() throws Exception {
        ChangeSetCodec codec = new ChangeSetCodec();
        ChangeSet old = new ChangeSet("删除 整治片区", List.of(FeatureChange.removed("zone_area",
                FixtureLayers.feature(1, "POINT (111 35)", 0))));
        byte[] now = codec.encode(old);
        // Version 1 was version 2 without the trailing "no layer change" flag.
        byte[] version1 = Arrays.copyOf(now, now.length - 1);
        version1[0] = 1;

        assertThat(codec.decode(old.name(), version1)).isEqualTo(old);
        assertThat(codec.decode(old.name(), now)).isEqualTo(old);
    }

    @Test
    void aStyleReadsBackEqualThroughItsText() {
        assertThat(LayerStyleText.read(LayerStyleText.write(DEFAULT))).isEqualTo(DEFAULT);
        LayerStyle plain = LayerStyle.simple(Symbolizer.casedLine(Rgba.hex("#ffffff"), 0.6, Rgba.hex("#888888"), 1.0));
        assertThat(LayerStyleText.read(LayerStyleText.write(plain))).isEqualTo(plain);
    }

    private static Project project(Path file, List<LayerDisplayState> states) {
        List<MapLayer> layers;
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            layers = List.of(new MapLayer(store.load("district"), DEFAULT, true, 1.0),
                    new MapLayer(store.load("zone_area"), DEFAULT, true, 1.0));
        }
        return new Project(file, LayerDisplayStates.applyTo(layers, states));
    }

    private static void run(EditSession session, rectimap.edit.EditCommand command) {
        try {
            session.run(command);
        } catch (rectimap.edit.CommandRefused refused) {
            throw new AssertionError(refused.textZh(), refused);
        }
    }

    private static List<LayerView> views(Project project) {
        return project.layers().stream().map(LayerView::of).toList();
    }
}
