package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.planning.CleanupZoneSchema;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.campaign.planning.RoadResponsibilitySchema;
import rectimap.campaign.sample.SampleStyles;
import rectimap.model.ChangeSet;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.LayerView;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;

/**
 * A small project near 解州镇 (lon/lat, EPSG:4490) for the command tests: a read-only township, two adjacent cadre
 * areas (ids 1, 2, each 0.01° square) and a contractor area overlapping both, one road segment, one cleanup zone
 * and a demolition site at 发现. Features carry derived values, as stored ones do.
 */
final class EditFixture {
    static final String AREAS = ResponsibilityAreaSchema.TABLE;
    static final String SITES = DemolitionSiteSchema.TABLE;
    static final String ZONES = CleanupZoneSchema.TABLE;
    static final String ROADS = RoadResponsibilitySchema.TABLE;
    static final String WEST = "POLYGON ((110.90 35.00, 110.91 35.00, 110.91 35.01, 110.90 35.01, 110.90 35.00))";
    static final String EAST = "POLYGON ((110.91 35.00, 110.92 35.00, 110.92 35.01, 110.91 35.01, 110.91 35.00))";
    static final String SANITATION =
            "POLYGON ((110.905 35.005, 110.915 35.005, 110.915 35.02, 110.905 35.02, 110.905 35.005))";
    private static final WKTReader WKT = new WKTReader();

    private EditFixture() {
    }

    static Geometry wkt(String text) {
        try {
            return WKT.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    static Map<String, Object> cadre(String village) {
        return values("kind", "乡镇干部包村", "person", "李某", "unit", "解州镇人民政府", "phone", "0359-2688123",
                "township", "解州镇", "village", village, "since", LocalDate.of(2026, 3, 1), "note", "示意");
    }

    static Project project() {
        LayerInfo township = new LayerInfo(new FeatureType("township", GeometryKind.MULTIPOLYGON, List.of()),
                "乡镇街道（示意）", LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new Project(Path.of("fixture.gpkg"), List.of(
                mapLayer(new Layer(township, List.of(new Feature(1, wkt("MULTIPOLYGON (((110.8 34.9, 111 34.9, "
                        + "111 35.1, 110.8 35.1, 110.8 34.9)))"), Map.of())))),
                mapLayer(layer(ResponsibilityAreaSchema.schema().info(), List.of(
                        new Feature(1, multi(WEST), cadre("西关村")),
                        new Feature(2, multi(EAST), cadre("东关村")),
                        new Feature(3, multi(SANITATION), values("kind", "保洁公司服务区", "person", "赵某",
                                "unit", "启迪桑德", "note", "示意"))))),
                mapLayer(layer(RoadResponsibilitySchema.schema().info(), List.of(new Feature(1,
                        wkt("MULTILINESTRING ((110.90 35.03, 110.93 35.03))"),
                        values("road", "运临路", "department", "区交通运输局"))))),
                mapLayer(layer(CleanupZoneSchema.schema().info(), List.of(new Feature(1, wkt("POINT (110.905 35.004)"),
                        values("kind", "垃圾清理", "phase", "攻坚行动", "status", "计划", "places", 3L))))),
                mapLayer(layer(DemolitionSiteSchema.schema().info(), List.of(new Feature(1,
                        wkt("POINT (110.912 35.006)"), values("status", "发现", "location", "西关村东侧")))))));
    }

    static Geometry multi(String polygonWkt) {
        return wkt("MULTI" + polygonWkt.replace("POLYGON ((", "POLYGON (((").replace("))", ")))"));
    }

    private static Layer layer(LayerInfo info, List<Feature> features) {
        return new Layer(info, features.stream().map(f -> DerivedFields.recompute(info.type(), f)).toList());
    }

    private static MapLayer mapLayer(Layer layer) {
        return new MapLayer(layer, SampleStyles.defaultFor(layer.info().type().geometryKind()), true, 1.0);
    }

    static EditSession session() {
        return new EditSession(project(), new UndoHistory(), null, PlanningRules.INSTANCE);
    }

    /** The features of a layer by id (the order of a layer's list may change when a feature comes back on undo). */
    static Map<Long, Feature> byId(Project project, String table) {
        Map<Long, Feature> features = new TreeMap<>();
        project.layer(table).orElseThrow().layer().features().forEach(f -> features.put(f.id(), f));
        return features;
    }

    /** Every layer's features by id, for whole-project comparisons. */
    static Map<String, Map<Long, Feature>> contents(Project project) {
        Map<String, Map<Long, Feature>> all = new LinkedHashMap<>();
        project.layers().forEach(l -> all.put(l.tableName(), byId(project, l.tableName())));
        return all;
    }

    /**
     * Executes {@code step} on {@code session}, undoes and redoes it, checking that undo restores every feature exactly
     * (equals, and the same WKT) and that redo gives the executed state again. Returns the project after the step.
     */
    static Project executeUndoRedo(EditSession session, ChangeSet step) {
        Project before = session.project();
        session.execute(step);
        Project after = session.project();
        assertThat(session.history().undoName()).contains(step.name());

        session.undo();
        assertThat(contents(session.project())).isEqualTo(contents(before));
        for (var layer : before.layers()) {
            byId(before, layer.tableName()).forEach((id, feature) -> assertThat(
                    byId(session.project(), layer.tableName()).get(id).geometry().toText())
                    .isEqualTo(feature.geometry().toText()));
        }
        assertThat(session.history().redoName()).contains(step.name());

        session.redo();
        assertThat(contents(session.project())).isEqualTo(contents(after));
        return after;
    }

    /** How every layer is shown, bottom first: order, visibility, opacity and style. */
    static List<LayerView> views(Project project) {
        return project.layers().stream().map(LayerView::of).toList();
    }

    /**
     * Executes a display step, undoes and redoes it: undo gives back exactly the views before (order, visibility,
     * opacity, style) with the features untouched, redo the views after. Returns the project after the step.
     */
    static Project executeUndoRedoViews(EditSession session, ChangeSet step) {
        Project before = session.project();
        session.execute(step);
        Project after = session.project();
        assertThat(session.history().undoName()).contains(step.name());
        assertThat(views(after)).isNotEqualTo(views(before));
        assertThat(contents(after)).isEqualTo(contents(before));

        session.undo();
        assertThat(views(session.project())).isEqualTo(views(before));
        assertThat(contents(session.project())).isEqualTo(contents(before));
        assertThat(session.history().redoName()).contains(step.name());

        session.redo();
        assertThat(views(session.project())).isEqualTo(views(after));
        return after;
    }
}
