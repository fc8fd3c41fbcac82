package rectimap.campaign.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.planning.JurisdictionChangeSchema;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.sample.SampleStyles;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;

/** Which township a village belongs to on a day, and moving villages as one undoable step. */
class JurisdictionHistoryTest {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(),
            4490);
    private static final String JIEZHOU = "140802100000";
    private static final String LONGJU = "140802101000";
    private static final String DEVZONE = "140802404000";
    private static final String CHANGPING = "140802100201";
    private static final String CANFANG = "140802100202";

    private static Feature row(long id, String table, Map<String, Object> values) {
        return new Feature(id, LON_LAT.createPoint(new Coordinate(110.85 + id / 1000.0, 34.92)), values);
    }

    private static Project project(List<Feature> changes) {
        LayerInfo reference = new LayerInfo(new FeatureType("village", GeometryKind.POINT, List.of()), "村",
                LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        LayerInfo townships = new LayerInfo(new FeatureType("township", GeometryKind.MULTIPOLYGON, List.of()), "乡镇",
                LayerRole.REFERENCE, Provenance.SCHEMATIC, "", 4490);
        return new Project(Path.of("jurisdiction.gpkg"), List.of(
                layer(new Layer(townships, List.of(row(1, "township", Map.of("code", JIEZHOU, "name", "解州镇")),
                        row(2, "township", Map.of("code", LONGJU, "name", "龙居镇")),
                        row(3, "township", Map.of("code", DEVZONE, "name", "运城经济技术开发区"))))),
                layer(new Layer(reference, List.of(
                        row(1, "village", Map.of("code", CHANGPING, "name", "常平村", "township_code", JIEZHOU)),
                        row(2, "village", Map.of("code", CANFANG, "name", "蚕坊村", "township_code", JIEZHOU))))),
                layer(new Layer(JurisdictionChangeSchema.schema().info(), changes))));
    }

    private static MapLayer layer(Layer layer) {
        return new MapLayer(layer, SampleStyles.defaultFor(layer.info().type().geometryKind()), true, 1.0);
    }

    private static Feature change(long id, String village, String from, String to, LocalDate effective) {
        return row(id, JurisdictionChangeSchema.TABLE, Map.of("village_code", village, "village", "村",
                "from_code", from, "to_code", to, "effective", effective));
    }

    @Test
    void withoutChangesAVillageStaysInItsLayersTownship() {
        JurisdictionHistory history = JurisdictionHistory.of(project(List.of()));

        assertThat(history.townshipOf(CHANGPING, LocalDate.of(2020, 1, 1))).contains(JIEZHOU);
        assertThat(history.townshipOf("140802999999", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void aRecordedHandoverSplitsTheYearAtItsEffectiveDay() {
        JurisdictionHistory history = JurisdictionHistory.of(project(List.of(
                change(1, CHANGPING, DEVZONE, JIEZHOU, LocalDate.of(2026, 7, 26)),
                change(2, CHANGPING, JIEZHOU, LONGJU, LocalDate.of(2026, 12, 1)))));

        assertThat(history.townshipOf(CHANGPING, LocalDate.of(2026, 7, 25))).contains(DEVZONE);
        assertThat(history.townshipOf(CHANGPING, LocalDate.of(2026, 7, 26))).contains(JIEZHOU);
        assertThat(history.townshipOf(CHANGPING, LocalDate.of(2026, 11, 30))).contains(JIEZHOU);
        assertThat(history.townshipOf(CHANGPING, LocalDate.of(2026, 12, 1))).contains(LONGJU);
        assertThat(history.villagesOf(JIEZHOU, LocalDate.of(2026, 7, 1))).containsExactly(CANFANG);
        assertThat(history.villagesOf(JIEZHOU, LocalDate.of(2026, 8, 1))).containsExactly(CHANGPING, CANFANG);
    }

    @Test
    void movingVillagesIsOneUndoableStepAnsweredByDate() throws MoveRefused {
        EditSession session = new EditSession(project(List.of()), new UndoHistory(), null, PlanningRules.INSTANCE);
        LocalDate from = LocalDate.of(2026, 12, 1);

        ChangeSet step = new JurisdictionMove(List.of(CHANGPING, CANFANG), LONGJU, from, "区政府批复").build(
                session.project());
        assertThat(step.name()).isEqualTo("调整隶属 2 个村 → 龙居镇（2026-12-01 起）");
        session.execute(step);

        JurisdictionHistory after = JurisdictionHistory.of(session.project());
        assertThat(after.townshipOf(CANFANG, from.minusDays(1))).contains(JIEZHOU);
        assertThat(after.townshipOf(CANFANG, from)).contains(LONGJU);
        assertThat(after.changesOf(CHANGPING)).singleElement().satisfies(c -> {
            assertThat(c.fromTownship()).isEqualTo("解州镇");
            assertThat(c.toTownship()).isEqualTo("龙居镇");
        });
        session.undo();
        assertThat(JurisdictionHistory.of(session.project()).townshipOf(CANFANG, from)).contains(JIEZHOU);
        session.redo();
        assertThat(JurisdictionHistory.of(session.project()).townshipOf(CANFANG, from)).contains(LONGJU);
    }

    @Test
    void impossibleMovesAreRefusedWithAReason() {
        Project project = project(List.of(change(1, CHANGPING, DEVZONE, JIEZHOU, LocalDate.of(2026, 7, 26))));

        assertThatThrownBy(() -> new JurisdictionMove(List.of(CANFANG), JIEZHOU, LocalDate.of(2026, 12, 1), null)
                .build(project)).isInstanceOf(MoveRefused.class).hasMessageContaining("already belongs");
        assertThatThrownBy(() -> new JurisdictionMove(List.of(CHANGPING), LONGJU, LocalDate.of(2026, 7, 1), null)
                .build(project)).satisfies(e -> assertThat(((MoveRefused) e).reasonZh()).contains("须晚于"));
        assertThatThrownBy(() -> new JurisdictionMove(List.of(), LONGJU, LocalDate.of(2026, 7, 1), null)
                .build(project)).isInstanceOf(MoveRefused.class);
        assertThatThrownBy(() -> new JurisdictionMove(List.of(CANFANG), "140802000999", LocalDate.of(2026, 9, 1),
                null).build(project)).isInstanceOf(MoveRefused.class);
    }
}
